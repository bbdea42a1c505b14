package dev.jawait.analysis;

import dev.jawait.analysis.Syntax.Fail;

/**
 * The type part of {@link Syntax}: where a type, a type-argument list or an annotation ends.
 * Linear like the rest: the closing {@code >} of every {@code <} comes from the one-pass tables
 * of {@link AngleBrackets}, the end of a type is remembered per position (a run of snippets that
 * each start with annotations all ask about the same type), and the types of an intersection
 * are scanned in a loop, not by recursion. Not thread-safe: it fills its memory as it is asked,
 * so it belongs to one analysis.
 */
final class TypeSyntax {

    private final Tokens t;
    /** Per token: the type's end plus two (1 for no type); 0 before asked. */
    private int[] typeEnds;
    private AngleBrackets angleBrackets;

    TypeSyntax(Tokens tokens) {
        this.t = tokens;
    }

    /** The last token of the annotation whose {@code @} is at {@code at}. */
    int annotationEnd(int at) {
        int j = at + 1;
        if (!t.isIdent(j)) {
            throw new Fail(j);
        }
        while (t.is(j + 1, ".") && t.isIdent(j + 2)) {
            j += 2;
        }
        return t.is(j + 1, "(") ? closing(j + 1) : j;
    }

    /** The partner of the opening bracket at {@code open}; a failure at the end of input if it has none. */
    int closing(int open) {
        int c = t.match(open);
        if (c < open) {
            throw new Fail(t.size());
        }
        return c;
    }

    /** The {@code >} closing the type-argument list opened by the {@code <} at {@code lt}. */
    int angles(int lt) {
        if (angleBrackets == null) {
            angleBrackets = new AngleBrackets(t);
        }
        int close = angleBrackets.close(lt);
        if (close < 0) {
            throw new Fail(-close - 1);
        }
        return close;
    }

    /**
     * The last token of a type starting at {@code start} ({@code a.b.C<D>[]}, a primitive, an
     * intersection {@code A & B}), or -1 when no type starts there. The types of an intersection
     * end where it ends, and remember so.
     */
    int typeEnd(int start) {
        if (start < 0 || start >= t.size()) {
            return -1;
        }
        if (typeEnds == null) {
            typeEnds = new int[t.size()];
        }
        IntStack passed = new IntStack();
        int i = start;
        int answer;
        while (true) {
            if (i >= t.size()) {
                answer = -1;
                break;
            }
            if (typeEnds[i] != 0) {
                answer = typeEnds[i] - 2;
                break;
            }
            passed.push(i);
            int j = afterAnnotations(i);
            if (j >= 0 && t.isPrimitive(j)) {
                answer = arraySuffix(j);
                break;
            }
            int end = j < 0 ? -1 : classTypeEnd(j);
            if (end >= 0 && t.is(end + 1, "&")) {
                i = end + 2; // the next type of an intersection
            } else {
                answer = end;
                break;
            }
        }
        for (int k = 0; k < passed.size(); k++) {
            typeEnds[passed.get(k)] = answer + 2;
        }
        return answer;
    }

    /** The first token after the annotations starting at {@code i}; -1 if one is malformed. */
    private int afterAnnotations(int i) {
        int j = i;
        while (t.is(j, "@")) {
            try {
                j = annotationEnd(j) + 1;
            } catch (Fail f) {
                return -1;
            }
        }
        return j;
    }

    /** The last token of a class or array type {@code a.b.C<D>[]} starting at {@code j}, or -1. */
    private int classTypeEnd(int j) {
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
        return arraySuffix(j);
    }

    private int arraySuffix(int j) {
        while (t.is(j + 1, "[") && t.is(j + 2, "]")) {
            j += 2;
        }
        return j;
    }
}
