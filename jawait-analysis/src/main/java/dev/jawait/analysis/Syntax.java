package dev.jawait.analysis;

import java.util.Set;

/**
 * Token-level Java syntax the rewrite and the splitter need: when {@code await} is the
 * operator, where a unary expression ends, and (from {@link TypeSyntax} and
 * {@link StatementEnds}) where a type or a statement ends. Works on {@link Tokens}; never parses
 * more than it must.
 *
 * <p>Linear in the input however its constructs nest or chain: each question is a pure function
 * of a token position whose answer is remembered, and where a scan passes positions that have
 * the same answer (the awaits and casts before an operand), they remember it too, so no token is
 * scanned twice for one question. Nothing recurses. Not thread-safe: the memory fills as
 * questions are asked, so a {@code Syntax} belongs to one analysis.
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

    private static final byte YES = 1;
    private static final byte NO = 2;

    final Tokens t;
    private final TypeSyntax types;
    private StatementEnds statementEnds;
    /** Per token: whether it is an await operator, {@link #YES} or {@link #NO}; 0 before asked. */
    private byte[] awaitOperators;
    /** Per position: the token before the chain of awaits that ends right before it. */
    private int[] beforeAwaitChain;
    /** Per position: the unary expression's end plus one, or {@code -(failing token + 1)}; 0 before asked. */
    private int[] unaryEnds;

    Syntax(Tokens tokens) {
        this.t = tokens;
        this.types = new TypeSyntax(tokens);
    }

    // ---- await ----------------------------------------------------------------------------

    /** Whether token {@code i} is the {@code await} of a {@code for await (} loop header. */
    boolean isForAwait(int i) {
        return t.is(i, "for") && t.isIdent(i + 1, "await") && t.is(i + 2, "(");
    }

    /** Whether token {@code i} is an {@code await} in operator position (see DESIGN.md). */
    boolean isAwaitOperator(int i) {
        if (!t.isIdent(i, "await")) {
            return false;
        }
        if (awaitOperators == null) {
            awaitOperators = new byte[t.size()];
        }
        if (awaitOperators[i] == 0) {
            awaitOperators[i] = decideAwaitOperator(i) ? YES : NO;
        }
        return awaitOperators[i] == YES;
    }

    private boolean decideAwaitOperator(int i) {
        if (isForAwait(i - 1) || !startsOperand(i + 1)) {
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
        // look back past a chain of awaits: `await await f` is fine when the first one is
        return operatorMayFollow(beforeAwaitChain(i));
    }

    /**
     * The first token before {@code i} that is not an {@code await} (the {@code await} of
     * {@code for await} does not count as one), or -1. A table built in one pass, so that a
     * chain of n awaits is not walked back over from each of them.
     */
    private int beforeAwaitChain(int i) {
        if (beforeAwaitChain == null) {
            beforeAwaitChain = new int[t.size() + 1];
            for (int k = 0; k <= t.size(); k++) {
                int p = k - 1;
                boolean chained = t.isIdent(p, "await") && !isForAwait(p - 1);
                beforeAwaitChain[k] = chained ? beforeAwaitChain[p] : p;
            }
        }
        return beforeAwaitChain[i];
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

    /**
     * The last token of the unary expression starting at {@code start}. Every prefix operator and
     * cast passed on the way starts a unary expression with the same end, and remembers it: the
     * operands of {@code await await … f} are found in one scan, not one scan per await.
     */
    int unaryEnd(int start) {
        if (unaryEnds == null) {
            unaryEnds = new int[t.size() + 1];
        }
        IntStack passed = new IntStack();
        int i = start;
        int answer;
        while (true) {
            if (unaryEnds[i] != 0) {
                answer = unaryEnds[i];
                break;
            }
            passed.push(i);
            if (isAwaitOperator(i) || (t.get(i) != null && PREFIX_OPERATORS.contains(t.get(i).text())
                    && t.get(i).kind() == TokenKind.OPERATOR)) {
                i++;
            } else if (t.is(i, "(") && t.match(i) > i && isCast(i, t.match(i))) {
                i = t.match(i) + 1;
            } else {
                try {
                    answer = postfix(primary(i)) + 1;
                } catch (Fail f) {
                    answer = -(f.token + 1);
                }
                break;
            }
        }
        for (int k = 0; k < passed.size(); k++) {
            unaryEnds[passed.get(k)] = answer;
        }
        if (answer < 0) {
            throw new Fail(-answer - 1);
        }
        return answer - 1;
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
                j = types.annotationEnd(j) + 1;
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

    private int closing(int open) {
        return types.closing(open);
    }

    /** The {@code >} closing the type-argument list opened by the {@code <} at {@code lt}. */
    int angles(int lt) {
        return types.angles(lt);
    }

    /**
     * The last token of a type starting at {@code i} ({@code a.b.C<D>[]}, a primitive, an
     * intersection {@code A & B}), or -1 when no type starts there.
     */
    int typeEnd(int i) {
        return types.typeEnd(i);
    }

    // ---- statements ----------------------------------------------------------------------

    /**
     * The last token of the statement starting at {@code i}, or -1 when the input ends (or an
     * opening bracket stays open) before the statement does.
     */
    int statementEnd(int i) {
        if (statementEnds == null) {
            statementEnds = new StatementEnds(t);
        }
        return statementEnds.end(i);
    }
}
