package dev.jawait.deps;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads jbang's dependency directives from a script: lines {@code //DEPS G:A:V [G:A:V …]} at the
 * start of a line (before or among the code, as jbang accepts them). The lines are Java comments,
 * so the script runs unchanged.
 *
 * <p>Stateless and thread-safe.
 */
public final class DepsDirectives {
    private DepsDirectives() {}

    /** The coordinates named by the {@code //DEPS} lines of {@code script}, in order. */
    public static List<String> of(String script) {
        List<String> coordinates = new ArrayList<>();
        for (String line : script.lines().toList()) {
            String stripped = line.strip();
            if (stripped.startsWith("//DEPS ") || stripped.startsWith("//DEPS\t")) {
                String rest = stripped.substring("//DEPS".length());
                int comment = rest.indexOf("//");
                coordinates.addAll(Coordinates.split(comment >= 0 ? rest.substring(0, comment) : rest));
            }
        }
        return coordinates;
    }
}
