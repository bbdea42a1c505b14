package dev.jawait.analysis;

/**
 * Where the type-argument list opened by each {@code <} closes, answered for every {@code <} from
 * tables built in one pass. The answer is that of a forward scan from the {@code <}: count
 * {@code <} up and {@code >}, {@code >>}, {@code >>>} down, stop where the count is back to
 * zero, and give up at the first operator that cannot appear in type arguments. A scan per
 * question would go quadratic on input where many {@code <} never close ({@code a<b} on every
 * line); here the count is a running depth over the tokens, and the closing token of a {@code <}
 * at {@code p} is the token before the first later position where the depth is as low as before
 * {@code p}. Immutable after construction; belongs to one {@link Syntax}.
 */
final class AngleBrackets {

    private final int size;
    /** For each position p in [0, size]: the first q > p whose depth is at most p's, or size + 1. */
    private final int[] nextNotDeeper;
    /** For each position p in [0, size]: the first token at or after p that stops a scan, or size. */
    private final int[] nextStop;

    AngleBrackets(Tokens t) {
        size = t.size();
        int[] depth = new int[size + 1]; // depth[p]: the count before token p
        nextStop = new int[size + 1];
        nextStop[size] = size;
        for (int j = 0; j < size; j++) {
            Token tok = t.get(j);
            depth[j + 1] = depth[j] + (tok.kind() == TokenKind.OPERATOR ? change(tok.text()) : 0);
        }
        for (int j = size - 1; j >= 0; j--) {
            nextStop[j] = stopsScan(t.get(j)) ? j : nextStop[j + 1];
        }
        nextNotDeeper = new int[size + 1];
        int[] open = new int[size + 1]; // positions still waiting for a position as low as theirs
        int waiting = 0;
        for (int q = 0; q <= size; q++) {
            while (waiting > 0 && depth[open[waiting - 1]] >= depth[q]) {
                nextNotDeeper[open[--waiting]] = q;
            }
            open[waiting++] = q;
        }
        while (waiting > 0) {
            nextNotDeeper[open[--waiting]] = size + 1;
        }
    }

    /**
     * The token closing the type arguments opened by the {@code <} at {@code lt}; or, when the
     * scan gives up, {@code -(g + 1)} where {@code g} is the token it gives up at (the size of
     * the token list when the input ends first).
     */
    int close(int lt) {
        int stop = nextStop[lt];
        int closer = nextNotDeeper[lt] - 1; // lowers the depth, so never a stopping token
        return closer < size && closer < stop ? closer : -(stop + 1);
    }

    private static int change(String operator) {
        return switch (operator) {
            case "<" -> 1;
            case ">" -> -1;
            case ">>" -> -2;
            case ">>>" -> -3;
            default -> 0;
        };
    }

    private static boolean stopsScan(Token tok) {
        return tok.kind() == TokenKind.OPERATOR && switch (tok.text()) {
            case "<", ">", ">>", ">>>", ".", ",", "?", "&", "[", "]", "@" -> false;
            default -> true;
        };
    }
}
