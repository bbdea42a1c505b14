package dev.jawait.analysis;

/**
 * Where a statement ends, for the splitter (control statements) and the {@code for await}
 * rewrite (loop bodies). Token-level, as the rest of {@link Syntax}.
 *
 * <p>Linear however statements nest or follow each other: an {@code if} waiting for its
 * then-statement and a {@code do} waiting for its body wait on an explicit stack, not on the
 * Java stack; every position a scan passes whose statement ends where the scanned one ends
 * remembers that end (nested {@code for await} bodies are then found once, not once per loop);
 * and where a simple statement ends is read from a table built in one pass. Not thread-safe:
 * it fills its memory as it is asked, so it belongs to one analysis.
 */
final class StatementEnds {

    /** What waits on the stack: an {@code if} for its then-statement, a {@code do} for its body. */
    private static final int IF = 0;
    private static final int DO = 1;

    private final Tokens t;
    /** Per position: the end of the statement starting there plus two; 0 before asked. */
    private final int[] ends;
    /** Per position: see {@link #levelStops()}; built when first needed. */
    private int[] levelStops;

    StatementEnds(Tokens tokens) {
        this.t = tokens;
        this.ends = new int[tokens.size() + 1];
    }

    /**
     * The last token of the statement starting at {@code start}, or -1 when the input ends (or
     * an opening bracket stays open) before the statement does.
     */
    int end(int start) {
        if (start < 0 || start > t.size()) {
            return -1;
        }
        // positions whose statements end where the statement being scanned ends: labels, loop
        // headers, an if whose else-statement is being scanned
        IntStack passed = new IntStack();
        // pairs (IF or DO, where that statement's positions begin in passed)
        IntStack waiting = new IntStack();
        int mine = 0; // where the positions of the statement being scanned begin in passed
        int i = start;
        while (true) {
            int end;
            scan:
            while (true) {
                if (ends[i] != 0) {
                    end = ends[i] - 2;
                    break;
                }
                passed.push(i);
                Token tok = t.get(i);
                if (tok == null) {
                    end = -1;
                    break;
                }
                if (tok.is("{")) {
                    end = blockEnd(i);
                    break;
                }
                if (t.isIdent(i) && t.is(i + 1, ":")) {
                    i += 2; // a label
                    continue;
                }
                switch (tok.text()) {
                    case "if" -> {
                        int close = parenAfter(i);
                        if (close < 0) {
                            end = close == -2 ? simpleEnd(i) : -1;
                            break scan;
                        }
                        waiting.push(IF);
                        waiting.push(mine);
                        mine = passed.size();
                        i = close + 1;
                    }
                    case "for", "while", "synchronized" -> {
                        int close = parenAfter(tok.is("for") && t.isIdent(i + 1, "await") ? i + 1 : i);
                        if (close < 0) {
                            end = close == -2 ? simpleEnd(i) : -1;
                            break scan;
                        }
                        if (tok.is("synchronized") && !t.is(close + 1, "{")) {
                            end = simpleEnd(close + 1);
                            break scan;
                        }
                        i = close + 1;
                    }
                    case "do" -> {
                        waiting.push(DO);
                        waiting.push(mine);
                        mine = passed.size();
                        i = i + 1;
                    }
                    case "try" -> {
                        end = tryEnd(i);
                        break scan;
                    }
                    case "switch" -> {
                        end = switchEnd(i);
                        break scan;
                    }
                    default -> {
                        end = simpleEnd(i);
                        break scan;
                    }
                }
            }
            // the statement scanned ends at `end`: so do the positions passed for it, and what
            // waited for it may now end too, or go on with an else-statement
            boolean goesOn = false;
            while (!goesOn) {
                for (int k = mine; k < passed.size(); k++) {
                    ends[passed.get(k)] = end + 2;
                }
                passed.truncate(mine);
                if (waiting.isEmpty()) {
                    return end;
                }
                mine = waiting.pop();
                if (waiting.pop() == IF) {
                    if (end >= 0 && t.is(end + 1, "else")) {
                        i = end + 2; // the if ends where its else-statement ends
                        goesOn = true;
                    }
                } else {
                    end = doEnd(end);
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

    /** The end of a {@code do} statement whose body ends at {@code body}. */
    private int doEnd(int body) {
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

    private int switchEnd(int i) {
        int close = parenAfter(i);
        if (close == -2 || (close >= 0 && !t.is(close + 1, "{"))) {
            return simpleEnd(i);
        }
        return close < 0 ? -1 : blockEnd(close + 1);
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
    private int simpleEnd(int i) {
        if (i >= t.size()) {
            return -1;
        }
        int stop = levelStops()[i];
        if (stop == t.size() || t.isOpener(stop)) {
            return -1;
        }
        if (t.is(stop, ";")) {
            return stop;
        }
        return stop > i ? stop - 1 : stop; // a closer
    }

    /**
     * For each position, the first token from there on, skipping bracketed groups, that is a
     * {@code ;}, a closer or an opener without a closer; the size of the token list when none is.
     * Built backwards in one pass: a position's stop is its own token's, or its successor's, or
     * that of the token after its bracket group.
     */
    private int[] levelStops() {
        if (levelStops == null) {
            int n = t.size();
            levelStops = new int[n + 1];
            levelStops[n] = n;
            for (int j = n - 1; j >= 0; j--) {
                if (t.isOpener(j)) {
                    int close = t.match(j);
                    levelStops[j] = close < j ? j : levelStops[close + 1];
                } else if (t.is(j, ";") || t.isCloser(j)) {
                    levelStops[j] = j;
                } else {
                    levelStops[j] = levelStops[j + 1];
                }
            }
        }
        return levelStops;
    }
}
