package dev.jawait.deps;

import dev.jawait.JawaitException;
import dev.jawait.JawaitException.BadArgumentsException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;

/**
 * Parses Maven coordinates as users type them: {@code GROUP:ARTIFACT:VERSION}, or
 * {@code GROUP:ARTIFACT:EXTENSION[:CLASSIFIER]:VERSION} (Maven Resolver's format), several
 * separated by blanks or commas.
 *
 * <p>Stateless and thread-safe.
 */
public final class Coordinates {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-+\\[\\](),]+");
    static final String FORMAT = "GROUP:ARTIFACT:VERSION (e.g. io.projectreactor:reactor-core:3.8.8)";

    private Coordinates() {}

    /** The coordinates in {@code text}, split at blanks and commas outside version ranges. */
    public static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (char c : text.strip().toCharArray()) {
            if (c == '[' || c == '(') {
                depth++;
            } else if (c == ']' || c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((Character.isWhitespace(c) || c == ',') && depth == 0) {
                flush(current, result);
            } else {
                current.append(c);
            }
        }
        flush(current, result);
        return result;
    }

    private static void flush(StringBuilder current, List<String> result) {
        if (!current.isEmpty()) {
            result.add(current.toString());
            current.setLength(0);
        }
    }

    /**
     * The artifact {@code coordinate} names.
     *
     * @throws JawaitException when it is not {@code G:A:V} or {@code G:A:EXT[:CLASSIFIER]:V}
     */
    public static Artifact parse(String coordinate) {
        String[] parts = coordinate.strip().split(":", -1);
        boolean wellFormed = parts.length >= 3 && parts.length <= 5;
        for (String part : parts) {
            wellFormed &= PART.matcher(part).matches();
        }
        if (!wellFormed) {
            throw new BadArgumentsException("Bad Maven coordinates `" + coordinate + "`: expected " + FORMAT + ".");
        }
        try {
            return new DefaultArtifact(coordinate.strip());
        } catch (IllegalArgumentException e) {
            throw (BadArgumentsException) new BadArgumentsException("Bad Maven coordinates `" + coordinate + "`: expected " + FORMAT + ".").initCause(e);
        }
    }

    /** {@code group:artifact} plus extension and classifier when not a plain jar: what must have one version. */
    static String key(Artifact artifact) {
        String key = artifact.getGroupId() + ":" + artifact.getArtifactId();
        if (!artifact.getClassifier().isEmpty() || !"jar".equals(artifact.getExtension())) {
            key += ":" + artifact.getExtension() + ":" + artifact.getClassifier();
        }
        return key;
    }
}
