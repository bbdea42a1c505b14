package dev.jawait.analysis;

/** Line and column arithmetic; {@code \n}, {@code \r\n} and {@code \r} each end a line. Stateless. */
final class Lines {

    private Lines() {}

    /** The 1-based line and column of {@code offset} in {@code src}. */
    static int[] lineAndColumn(String src, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.clamp(offset, 0, src.length());
        for (int i = 0; i < end; i++) {
            char c = src.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= src.length() || src.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, end - lineStart + 1};
    }

    /** How many line breaks {@code s} holds. */
    static int count(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
