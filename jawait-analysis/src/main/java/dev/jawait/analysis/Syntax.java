package dev.jawait.analysis;

import java.util.Set;

/**
 * Token-level Java syntax the rewrite and the splitter need: where a unary expression or a
 * statement ends, whether a token sequence is a type, and when {@code await} is the operator.
 * Works on {@link Tokens}; never parses more than it must. Immutable, thread-safe.
 */
final class Syntax {

    /** Thrown (without a stack trace) when an expression is missing or cut off; {@code token} is where. */
    static final class Fail extends RuntimeException {
        final int token;

        Fail(int token) {
            super(null, null, false, false);
            this.token = token;
        }
    }

    /** Keywords after which {@code await} names a type, variable or method being declared. */
    private static final Set<String> DECLARING_KEYWORDS = Set.of(
            "boolean", "byte", "char", "short", "int", "long", "float", "double", "void",
            "public", "private", "protected", "static", "final", "abstract", "transient", "volatile",
            "native", "strictfp", "extends", "implements", "throws", "class", "interface", "enum",
            "package", "import", "instanceof", "goto", "const");

    private static final Set<String> PREFIX_OPERATORS = Set.of("+", "-", "!", "~", "++", "--");

    final Tokens t;

    Syntax(Tokens tokens) {
        this.t = tokens;
    }

    // ---- await ----------------------------------------------------------------------------

    /** Whether token {@code i} is the {@code await} of a {@code for await (} loop header. */
    boolean isForAwait(int i) {
        return t.is(i, "for") && t.isIdent(i + 1, "await") && t.is(i + 2, "(");
    }

    /** Whether token {@code i} is an {@code await} in operator position (see DESIGN.md). */
    boolean isAwaitOperator(int i) {
        if (!t.isIdent(i, "await") || isForAwait(i - 1) || !startsOperand(i + 1)) {
            return false;
        }
        if (t.is(i + 1, "(")) {
            int close = t.match(i + 1);
            if (close >= 0) {
                if (t.is(close + 1, "{") || t.is(close + 1, "throws")) {
                    return false; // a method named await being declared
                }
                if (argumentCount(i + 1, close) != 1) {
                    return false; // await() or await(a, b): a call of a method named await
                }
            }
        }
        // walk back over a chain of awaits: `await await f` is fine when the first one is
        int p = i - 1;
        while (t.isIdent(p, "await") && !isForAwait(p - 1)) {
            p--;
        }
        return operatorMayFollow(p);
    }

    private boolean operatorMayFollow(int p) {
        Token prev = t.get(p);
        if (prev == null) {
            return true;
        }
        return switch (prev.kind()) {
            case IDENTIFIER -> prev.text().equals("yield");
            case KEYWORD -> !DECLARING_KEYWORDS.contains(prev.text()) && !prev.text().equals("new");
            case OPERATOR -> !(prev.text().equals(".") || prev.text().equals("::")
                    || prev.text().equals("]") || prev.text().equals("@"));
            default -> false;
        };
    }

    private boolean startsOperand(int i) {
        Token n = t.get(i);
        if (n == null) {
            return false;
        }
        if (n.kind() == TokenKind.IDENTIFIER || n.isLiteral()) {
            return true;
        }
        if (n.is("++") || n.is("--")) {
            // `await++` increments a variable named await
            return t.isIdent(i + 1) || t.is(i + 1, "(") || t.is(i + 1, "this") || t.is(i + 1, "super");
        }
        return n.is("(") || n.is("!") || n.is("~") || n.is("new") || n.is("this")
                || n.is("super") || n.is("switch");
    }

    /** Top-level arguments between the parentheses {@code open} and {@code close}. */
    int argumentCount(int open, int close) {
        if (close == open + 1) {
            return 0;
        }
        int count = 1;
        for (int j = open + 1; j < close; j++) {
            if (t.isOpener(j) && t.match(j) > j) {
                j = t.match(j);
            } else if (t.is(j, "new")) {
                j = Math.max(j, skipCreation(j, close));
            } else if (t.is(j, ".") && t.is(j + 1, "<")) {
                j = Math.max(j, skipAngles(j + 1, close));
            } else if (t.is(j, ",")) {
                count++;
            }
        }
        return count;
    }

    private int skipCreation(int i, int limit) {
        try {
            int e = creation(i);
            return e < limit ? e : i;
        } catch (Fail f) {
            return i;
        }
    }

    private int skipAngles(int lt, int limit) {
        try {
            int e = angles(lt);
            return e < limit ? e : lt;
        } catch (Fail f) {
            return lt;
        }
    }

    // ---- expressions ----------------------------------------------------------------------

    /** The last token of the unary expression starting at {@code i}. */
    int unaryEnd(int i) {
        while (true) {
            if (isAwaitOperator(i) || (t.get(i) != null && PREFIX_OPERATORS.contains(t.get(i).text())
                    && t.get(i).kind() == TokenKind.OPERATOR)) {
                i++;
            } else if (t.is(i, "(") && t.match(i) > i && isCast(i, t.match(i))) {
                i = t.match(i) + 1;
            } else {
                return postfix(primary(i));
            }
        }
    }

    private boolean isCast(int open, int close) {
        if (typeEnd(open + 1) != close - 1) {
            return false;
        }
        int n = close + 1;
        if (t.isPrimitive(open + 1) && close == open + 2) {
            return startsOperand(n) || t.is(n, "+") || t.is(n, "-");
        }
        return startsOperand(n) && !t.is(n, "++") && !t.is(n, "--");
    }

    private int primary(int i) {
        Token tok = t.get(i);
        if (tok == null) {
            throw new Fail(i);
        }
        if (tok.kind() == TokenKind.IDENTIFIER) {
            return t.is(i + 1, "(") ? closing(i + 1) : i;
        }
        if (tok.is("this") || tok.is("super")) {
            return t.is(i + 1, "(") ? closing(i + 1) : i;
        }
        if (tok.isLiteral() || t.isPrimitive(i)) {
            return i;
        }
        if (tok.is("(")) {
            return closing(i);
        }
        if (tok.is("new")) {
            return creation(i);
        }
        if (tok.is("switch") && t.is(i + 1, "(")) {
            int c = closing(i + 1);
            if (!t.is(c + 1, "{")) {
                throw new Fail(c + 1);
            }
            return closing(c + 1);
        }
        throw new Fail(i);
    }

    private int postfix(int j) {
        while (true) {
            if (t.is(j + 1, ".")) {
                int k = j + 2;
                if (t.is(k, "<")) {
                    k = angles(k) + 1;
                }
                if (t.is(k, "new")) {
                    j = creation(k);
                } else if (t.isIdent(k) || t.is(k, "this") || t.is(k, "class") || t.is(k, "super")) {
                    j = t.is(k + 1, "(") ? closing(k + 1) : k;
                } else {
                    throw new Fail(k);
                }
            } else if (t.is(j + 1, "[")) {
                j = closing(j + 1);
            } else if (t.is(j + 1, "++") || t.is(j + 1, "--")) {
                return j + 1;
            } else {
                return j;
            }
        }
    }

    /** {@code new} at {@code i}: a class instance creation (with an optional body) or an array. */
    int creation(int i) {
        int j = i + 1;
        while (true) {
            if (t.is(j, "@")) {
                j = annotationEnd(j) + 1;
            } else if (t.isIdent(j) || t.isPrimitive(j) || t.is(j, ".")) {
                j++;
            } else if (t.is(j, "<")) {
                j = angles(j) + 1;
            } else {
                break;
            }
        }
        if (t.is(j, "(")) {
            int c = closing(j);
            return t.is(c + 1, "{") ? closing(c + 1) : c;
        }
        if (t.is(j, "[")) {
            int c = closing(j);
            while (t.is(c + 1, "[")) {
                c = closing(c + 1);
            }
            return t.is(c + 1, "{") ? closing(c + 1) : c;
        }
        throw new Fail(j);
    }

    private int annotationEnd(int at) {
        int j = at + 1;
        if (!t.isIdent(j)) {
            throw new Fail(j);
        }
        while (t.is(j + 1, ".") && t.isIdent(j + 2)) {
            j += 2;
        }
        return t.is(j + 1, "(") ? closing(j + 1) : j;
    }

    private int closing(int open) {
        int c = t.match(open);
        if (c < open) {
            throw new Fail(t.size());
        }
        return c;
    }

    /** The {@code >} closing the type-argument list opened at {@code lt}. */
    int angles(int lt) {
        int depth = 0;
        for (int j = lt; j < t.size(); j++) {
            Token tok = t.get(j);
            if (tok.kind() != TokenKind.OPERATOR) {
                continue;
            }
            switch (tok.text()) {
                case "<" -> depth++;
                case ">" -> depth--;
                case ">>" -> depth -= 2;
                case ">>>" -> depth -= 3;
                case ".", ",", "?", "&", "[", "]", "@" -> { }
                default -> throw new Fail(j);
            }
            if (depth <= 0) {
                return j;
            }
        }
        throw new Fail(t.size());
    }

    /**
     * The last token of a type starting at {@code i} ({@code a.b.C<D>[]}, a primitive, an
     * intersection {@code A & B}), or -1 when no type starts there.
     */
    int typeEnd(int i) {
        int j = i;
        while (t.is(j, "@")) {
            try {
                j = annotationEnd(j) + 1;
            } catch (Fail f) {
                return -1;
            }
        }
        if (t.isPrimitive(j)) {
            return arraySuffix(j);
        }
        if (!t.isIdent(j)) {
            return -1;
        }
        while (true) {
            if (t.is(j + 1, ".") && t.isIdent(j + 2)) {
                j += 2;
            } else if (t.is(j + 1, "<")) {
                try {
                    j = angles(j + 1);
                } catch (Fail f) {
                    return -1;
                }
            } else {
                break;
            }
        }
        j = arraySuffix(j);
        if (t.is(j + 1, "&")) {
            int next = typeEnd(j + 2);
            return next < 0 ? -1 : next;
        }
        return j;
    }

    private int arraySuffix(int j) {
        while (t.is(j + 1, "[") && t.is(j + 2, "]")) {
            j += 2;
        }
        return j;
    }

    // ---- statements -----------------------------------------------------------------------

    /**
     * The last token of the statement starting at {@code i}, or -1 when the input ends (or an
     * opening bracket stays open) before the statement does.
     */
    int statementEnd(int i) {
        while (true) {
            Token tok = t.get(i);
            if (tok == null) {
                return -1;
            }
            if (tok.is("{")) {
                return t.match(i) > i ? t.match(i) : -1;
            }
            if (t.isIdent(i) && t.is(i + 1, ":")) {
                i += 2; // a label
                continue;
            }
            switch (tok.text()) {
                case "if" -> {
                    int close = parenAfter(i);
                    if (close == -2) {
                        return simpleEnd(i);
                    }
                    int then = close < 0 ? -1 : statementEnd(close + 1);
                    if (then < 0 || !t.is(then + 1, "else")) {
                        return then;
                    }
                    i = then + 2;
                    continue;
                }
                case "for", "while", "synchronized" -> {
                    int close = parenAfter(tok.is("for") && t.isIdent(i + 1, "await") ? i + 1 : i);
                    if (close == -2) {
                        return simpleEnd(i);
                    }
                    if (close < 0) {
                        return -1;
                    }
                    if (tok.is("synchronized")) {
                        return t.is(close + 1, "{") ? statementEnd(close + 1) : simpleEnd(close + 1);
                    }
                    i = close + 1;
                    continue;
                }
                case "do" -> {
                    return doEnd(i);
                }
                case "try" -> {
                    return tryEnd(i);
                }
                case "switch" -> {
                    int close = parenAfter(i);
                    if (close == -2 || (close >= 0 && !t.is(close + 1, "{"))) {
                        return simpleEnd(i);
                    }
                    return close < 0 ? -1 : blockEnd(close + 1);
                }
                default -> {
                    return simpleEnd(i);
                }
            }
        }
    }

    /** The {@code )} of a parenthesis right after {@code i}; -1 if unclosed, -2 if there is none. */
    private int parenAfter(int i) {
        if (!t.is(i + 1, "(")) {
            return t.get(i + 1) == null ? -1 : -2;
        }
        int c = t.match(i + 1);
        return c > i + 1 ? c : -1;
    }

    private int blockEnd(int open) {
        int c = t.match(open);
        return c > open ? c : -1;
    }

    private int doEnd(int i) {
        int body = statementEnd(i + 1);
        if (body < 0) {
            return -1;
        }
        if (!t.is(body + 1, "while")) {
            return t.get(body + 1) == null ? -1 : body;
        }
        int close = parenAfter(body + 1);
        if (close == -2) {
            return simpleEnd(body + 1);
        }
        if (close < 0) {
            return -1;
        }
        if (t.is(close + 1, ";")) {
            return close + 1;
        }
        return t.get(close + 1) == null ? -1 : close;
    }

    private int tryEnd(int i) {
        int j = i + 1;
        boolean resources = t.is(j, "(");
        boolean handled = false;
        if (t.is(j, "(")) {
            int c = t.match(j);
            if (c < j) {
                return -1;
            }
            j = c + 1;
        }
        if (!t.is(j, "{")) {
            return t.get(j) == null ? -1 : simpleEnd(j);
        }
        int end = blockEnd(j);
        while (end >= 0) {
            if (t.is(end + 1, "catch")) {
                int close = parenAfter(end + 1);
                if (close < 0 || !t.is(close + 1, "{")) {
                    return close == -2 ? simpleEnd(end + 1) : (close < 0 ? -1 : simpleEnd(close + 1));
                }
                end = blockEnd(close + 1);
                handled = true;
            } else if (t.is(end + 1, "finally")) {
                if (!t.is(end + 2, "{")) {
                    return t.get(end + 2) == null ? -1 : simpleEnd(end + 2);
                }
                return blockEnd(end + 2);
            } else if (!handled && !resources && t.get(end + 1) == null) {
                return -1; // `try { … }` so far: its catch or finally is still to come
            } else {
                return end;
            }
        }
        return -1;
    }

    /** A statement ending with {@code ;} at bracket depth 0 (or just before a stray closer). */
    int simpleEnd(int i) {
        for (int j = i; j < t.size(); j++) {
            if (t.isOpener(j)) {
                int c = t.match(j);
                if (c < j) {
                    return -1;
                }
                j = c;
            } else if (t.is(j, ";")) {
                return j;
            } else if (t.isCloser(j)) {
                return j > i ? j - 1 : j;
            }
        }
        return -1;
    }
}
