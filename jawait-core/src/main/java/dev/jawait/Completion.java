package dev.jawait;

import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Completion candidates for a position in a cell, each with the kind of thing it is (what
 * JupyterLab and Notebook 7 show beside a match).
 *
 * @param anchor     where the text the candidates replace starts (offset in the cell)
 * @param candidates what may be inserted there, best first, without duplicates
 * @param types      the kind of each candidate, in the same order: {@code method}, {@code class},
 *                   {@code field}, {@code variable}, {@code keyword} for Java (told from the
 *                   candidate's text, see {@link #typeOf}), {@code magic}, {@code command},
 *                   {@code path} or {@code text} for jawait's own input
 */
public record Completion(int anchor, List<String> candidates, List<String> types) {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
            "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
            "native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
            "while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "await");

    /** Copies the lists (unmodifiable); {@code types} must be as long as {@code candidates}. */
    public Completion {
        candidates = List.copyOf(candidates);
        types = List.copyOf(types);
        if (types.size() != candidates.size()) {
            throw new IllegalArgumentException(types.size() + " types for " + candidates.size() + " candidates");
        }
    }

    /** Java candidates, their kinds told from their text ({@link #typeOf}); {@code member} when they follow a dot. */
    public static Completion ofJava(int anchor, List<String> candidates, boolean member) {
        return new Completion(anchor, candidates, candidates.stream().map(c -> typeOf(c, member)).toList());
    }

    /** Candidates that are all of one {@code type}. */
    public static Completion of(int anchor, List<String> candidates, String type) {
        return new Completion(anchor, candidates, Collections.nCopies(candidates.size(), type));
    }

    /**
     * The kind of a Java candidate as JShell words it: a call ({@code length(}, {@code toString()})
     * is a {@code method}, or a {@code class} (a constructor) when capitalised; a keyword is a
     * {@code keyword}; a name in capitals ({@code MAX_VALUE}) a {@code field}; another capitalised
     * name a {@code class}; a name after a dot a {@code field}
     * (or a package: JShell does not say which); any other name a {@code variable}.
     */
    public static String typeOf(String candidate, boolean member) {
        boolean call = candidate.endsWith("(") || candidate.endsWith("()");
        boolean capital = !candidate.isEmpty() && Character.isUpperCase(candidate.charAt(0));
        if (call) {
            return capital ? "class" : "method";
        }
        if (KEYWORDS.contains(candidate)) {
            return "keyword";
        }
        if (capital && candidate.length() > 1 && candidate.chars().noneMatch(Character::isLowerCase)) {
            return "field"; // a constant: MAX_VALUE
        }
        return capital ? "class" : member ? "field" : "variable";
    }
}
