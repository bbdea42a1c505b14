package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites jawait's {@code await} operator, {@code for await} loops and the catch clauses of
 * tries that await into plain Java that calls the runtime's adapters (DESIGN.md, "The rewrite").
 * Line breaks are never added or removed. Stateless and thread-safe.
 */
public final class AwaitRewriter {

    /** The method an {@code await E} becomes a call of: {@code jawait$await(E).value()}. */
    public static final String AWAIT_FN = "jawait$await";
    /**
     * What closes the call: the awaited value is read from what {@code jawait$await} returns, so
     * that the expression is not a poly expression. As a method receiver, {@code jawait$await(E)}
     * is typed on its own, and {@code System.out.println(await f.thenApply(v -> "x"))} picks
     * {@code println(String)} as for any {@code String}, where a generic call in the argument
     * position would be inferred together with {@code println}'s overloads (and be ambiguous).
     */
    public static final String AWAIT_CLOSE = ").value()";
    /** The method that adapts the source of a {@code for await} loop. */
    public static final String EACH_FN = "jawait$each";
    /** The method that declares a caught checked exception in a try block that awaits. */
    public static final String DECLARE_FN = "dev.jawait.runtime.Await.declare";

    private AwaitRewriter() {}

    /**
     * Rewrites {@code source}. Input with no await operator and no {@code for await} is returned
     * unchanged (the same string).
     *
     * @throws AwaitSyntaxException for a malformed {@code await} or {@code for await}; never
     *                              anything else
     */
    public static Rewritten rewrite(String source) {
        try {
            return rewriteUnchecked(source);
        } catch (AwaitSyntaxException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AwaitSyntaxException("cannot rewrite await here: the code is too unusual ("
                    + e.getClass().getSimpleName() + ")", source, 0);
        }
    }

    /** The rewrite without the safety net that turns internal failures into syntax errors (for tests). */
    static Rewritten rewriteUnchecked(String source) {
        return rewriteUnchecked(source, new StepCounter());
    }

    /** The rewrite without the safety net, counting its steps in {@code steps} (for tests). */
    static Rewritten rewriteUnchecked(String source, StepCounter steps) {
        return new Run(new Syntax(new Tokens(source, steps))).rewrite();
    }

    /** The rewrite of the source {@code syntax} reads, without the safety net. */
    static Rewritten rewriteUnchecked(Syntax syntax) {
        return new Run(syntax).rewrite();
    }

    /** One rewrite of one source. */
    private static final class Run {
        private final String src;
        private final Tokens t;
        private final Syntax syntax;
        private final Edits edits;
        /** For each token index k: how many await operators and for-await loops lie before k. */
        private int[] sitesBefore;
        private int loops;

        Run(Syntax syntax) {
            this.src = syntax.t.src;
            this.t = syntax.t;
            this.syntax = syntax;
            this.edits = new Edits(src);
        }

        Rewritten rewrite() {
            sitesBefore = new int[t.size() + 1];
            for (int i = 0; i < t.size(); i++) {
                boolean site = true;
                if (syntax.isForAwait(i)) {
                    forAwait(i);
                } else if (syntax.isAwaitOperator(i)) {
                    await(i);
                } else {
                    site = false;
                }
                sitesBefore[i + 1] = sitesBefore[i] + (site ? 1 : 0);
            }
            if (sitesBefore[t.size()] == 0) {
                return new Rewritten(src, PositionMap.identity(src.length()));
            }
            for (int i = 0; i < t.size(); i++) {
                if (t.is(i, "try")) {
                    declareCaught(i);
                }
            }
            return edits.apply();
        }

        private AwaitSyntaxException error(String message, int token) {
            return new AwaitSyntaxException(message, src, t.start(token));
        }

        private void await(int i) {
            int end;
            try {
                end = syntax.unaryEnd(i + 1);
            } catch (Syntax.Fail f) {
                throw error(f.token >= t.size()
                        ? "'await' operand is incomplete"
                        : "'await' needs an expression to wait for, found '" + t.get(f.token).text() + "'",
                        f.token);
            }
            edits.replace(t.start(i), t.end(i), List.of(Edits.Piece.at(AWAIT_FN + "(", t.start(i))));
            edits.insert(t.end(end), Edits.Piece.at(AWAIT_CLOSE, t.end(end)), t.start(i));
        }

        private void forAwait(int i) {
            int open = i + 2;
            int close = t.match(open);
            if (close < open) {
                throw error("'for await' header is incomplete: expected '(Type name : source)'", t.size());
            }
            int colon = -1;
            for (int j = open + 1; j < close && colon < 0; j++) {
                if (t.isOpener(j) && t.match(j) > j) {
                    j = t.match(j);
                } else if (t.is(j, ":")) {
                    colon = j;
                }
            }
            if (colon < 0) {
                throw error("'for await' needs a header '(Type name : source)'", open);
            }
            if (colon == open + 1) {
                throw error("'for await' is missing the loop variable before ':'", colon);
            }
            if (colon + 1 == close) {
                throw error("'for await' is missing the source after ':'", close);
            }
            for (int j = open + 1; j < colon; j++) {
                if (syntax.isAwaitOperator(j) || syntax.isForAwait(j)) {
                    throw error("'await' is not allowed in the variable of a 'for await'", j);
                }
            }
            int bodyEnd = syntax.statementEnd(close + 1);
            if (bodyEnd < 0) {
                throw error("'for await' body is incomplete", t.size());
            }
            int first = firstLabel(i);
            String var = "$jw" + (++loops);
            int at = t.start(i);
            edits.replace(t.start(first), t.end(open), List.of(
                    Edits.Piece.at("try (var " + var + " = " + EACH_FN + "(", at)));
            edits.replace(t.end(open), t.end(colon), List.of());
            List<Edits.Piece> head = new ArrayList<>();
            head.add(Edits.Piece.at(")) { ", t.start(close)));
            for (int j = first; j < i; j += 2) {
                head.add(copy(j));
                head.add(Edits.Piece.at(": ", t.start(j + 1)));
            }
            head.add(Edits.Piece.at("for (", at));
            for (int j = open + 1; j < colon; j++) {
                if (j > open + 1) {
                    head.add(Edits.Piece.at(" ", t.start(j)));
                }
                head.add(copy(j));
            }
            head.add(Edits.Piece.at(" : " + var + ")", t.start(close)));
            edits.replace(t.start(close), t.end(close), head);
            edits.insert(t.end(bodyEnd), Edits.Piece.at(" }", t.end(bodyEnd)), t.start(first));
        }

        /** Token {@code j}'s text for moving elsewhere, on one line. */
        private Edits.Piece copy(int j) {
            String text = t.get(j).text().replace('\n', ' ').replace('\r', ' ');
            return new Edits.Piece(text, t.start(j), true);
        }

        /** The first of the labels ({@code a: b:}) right before the loop at {@code i}, or {@code i}. */
        private int firstLabel(int i) {
            int first = i;
            while (t.is(first - 1, ":") && t.isIdent(first - 2) && labelMayFollow(first - 3)) {
                first -= 2;
            }
            return first;
        }

        private boolean labelMayFollow(int p) {
            Token tok = t.get(p);
            return tok == null || tok.is(";") || tok.is("{") || tok.is("}") || tok.is(":")
                    || tok.is(")") || tok.is("->") || tok.is("else") || tok.is("do");
        }

        /** Inserts declare() calls for the caught types into a try block that awaits. */
        private void declareCaught(int tryToken) {
            int j = tryToken + 1;
            if (t.is(j, "(")) {
                j = t.match(j) + 1;
                if (j <= tryToken + 1) {
                    return;
                }
            }
            int blockEnd = t.is(j, "{") ? t.match(j) : -1;
            if (blockEnd < j || !awaitsWithin(tryToken, blockEnd)) {
                return;
            }
            StringBuilder declare = new StringBuilder();
            int k = blockEnd + 1;
            while (t.is(k, "catch") && t.is(k + 1, "(") && t.match(k + 1) > k + 1) {
                int close = t.match(k + 1);
                for (String type : caughtTypes(k + 2, close)) {
                    declare.append(declareCall(type));
                }
                k = close + 1;
                if (!t.is(k, "{") || t.match(k) < k) {
                    break;
                }
                k = t.match(k) + 1;
            }
            if (!declare.isEmpty()) {
                edits.insert(t.end(j), Edits.Piece.at(declare.toString(), t.end(j)), t.start(tryToken));
            }
        }

        private static String declareCall(String type) {
            int dot = DECLARE_FN.lastIndexOf('.');
            return DECLARE_FN.substring(0, dot + 1) + "<" + type + ">" + DECLARE_FN.substring(dot + 1) + "();";
        }

        /** Whether an await operator or a for-await loop lies strictly between two tokens. */
        private boolean awaitsWithin(int from, int to) {
            return sitesBefore[to] - sitesBefore[from + 1] > 0;
        }

        /** The alternatives of a catch parameter {@code [final] [@A] T1 | T2 name} between from and to. */
        private List<String> caughtTypes(int from, int to) {
            int j = from;
            while (j < to && (t.is(j, "final") || t.is(j, "@"))) {
                if (t.is(j, "@")) {
                    j += 2;
                    while (t.is(j, ".") && t.isIdent(j + 1)) {
                        j += 2;
                    }
                    if (t.is(j, "(") && t.match(j) > j) {
                        j = t.match(j) + 1;
                    }
                } else {
                    j++;
                }
            }
            List<String> types = new ArrayList<>();
            StringBuilder type = new StringBuilder();
            int last = to - 1; // the parameter name
            for (; j < last; j++) {
                Token tok = t.get(j);
                if (tok.is("|")) {
                    addType(types, type);
                } else if (tok.kind() == TokenKind.IDENTIFIER || tok.is(".")) {
                    type.append(tok.text());
                } else {
                    return List.of(); // something we do not understand: declare nothing
                }
            }
            addType(types, type);
            return types;
        }

        private static void addType(List<String> types, StringBuilder type) {
            if (!type.isEmpty()) {
                types.add(type.toString());
                type.setLength(0);
            }
        }
    }
}
