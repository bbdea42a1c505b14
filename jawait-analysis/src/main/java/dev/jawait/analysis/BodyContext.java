package dev.jawait.analysis;

/**
 * Marks which tokens lie inside the body of a method, named class, record, enum, interface or
 * anonymous class declared in the source: code there does not run when the cell runs, so an
 * {@code await} there does not make the cell need async. Lambda bodies and blocks of statements
 * do not count as declared bodies. Not thread-safe (the {@link Syntax} it asks remembers its
 * answers): one per analysis.
 */
final class BodyContext {

    private final Tokens t;
    private final Syntax syntax;
    private final boolean[] declared;

    BodyContext(Syntax syntax) {
        this.syntax = syntax;
        this.t = syntax.t;
        this.declared = new boolean[t.size()];
        int[] declaringCloser = new int[t.size() + 1];
        int depth = 0; // how many declared bodies enclose the current token
        java.util.Arrays.fill(declaringCloser, -1);
        for (int i = 0; i < t.size(); i++) {
            if (t.is(i, "}") && t.match(i) >= 0 && declaringCloser[t.match(i)] == 1) {
                depth--;
            }
            declared[i] = depth > 0;
            if (t.is(i, "{") && t.match(i) > i && isDeclaredBody(i)) {
                declaringCloser[i] = 1;
                depth++;
            }
        }
    }

    /** Whether token {@code i} runs as part of the cell (not only when a declared member is called). */
    boolean isTopLevel(int i) {
        return i < 0 || i >= declared.length || !declared[i];
    }

    /** Whether the cell's top-level code holds an await operator or a {@code for await}. */
    boolean hasTopLevelAwait() {
        for (int i = 0; i < t.size(); i++) {
            if ((syntax.isForAwait(i) || syntax.isAwaitOperator(i)) && isTopLevel(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean isDeclaredBody(int brace) {
        int header = classOrThrowsHeader(brace);
        if (header != 0) {
            return header > 0;
        }
        if (!t.is(brace - 1, ")")) {
            return false;
        }
        int open = t.match(brace - 1);
        int before = open - 1;
        if (open < 0 || t.get(before) == null) {
            return false;
        }
        if (t.isIdent(before, "await") && t.is(before - 1, "for")) {
            return false;
        }
        if (t.isIdent(before) || t.is(before, ">")) {
            return true; // a method or constructor body, or an anonymous class body after new X(...)
        }
        return false;
    }

    /**
     * Scans back from {@code brace} over the declaration header: 1 when it belongs to a class,
     * interface, enum or record or a method with {@code throws}, -1 when it is clearly a plain
     * block, 0 when undecided.
     */
    private int classOrThrowsHeader(int brace) {
        for (int j = brace - 1; j >= 0; j--) {
            Token tok = t.get(j);
            if (tok.is("}")) {
                return 0;
            }
            if (t.isCloser(j)) {
                int open = t.match(j);
                if (open < 0 || open > j) {
                    return 0;
                }
                j = open;
                continue;
            }
            if (t.isOpener(j) || tok.is(";") || tok.is("=") || tok.is("->") || tok.is(":")
                    || tok.is("?") || tok.is("return")) {
                return 0;
            }
            if ((tok.is("class") || tok.is("interface") || tok.is("enum")) && !t.is(j - 1, ".")) {
                return 1;
            }
            if (tok.isIdentifier("record") && t.isIdent(j + 1) && j + 1 < brace) {
                return 1;
            }
            if (tok.is("throws")) {
                return 1;
            }
            if (tok.kind() == TokenKind.KEYWORD && switch (tok.text()) {
                case "if", "else", "for", "while", "do", "try", "catch", "finally", "switch" -> true;
                case "synchronized" -> t.is(j + 1, "(");
                default -> false;
            }) {
                return -1;
            }
        }
        return 0;
    }
}
