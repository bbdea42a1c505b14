package dev.jawait.cli;

import dev.jawait.Session;

/**
 * IPython's {@code obj?} at the jawait prompt: a one-line input ending in {@code ?} shows the
 * signature and javadoc of what is before the {@code ?} ({@code String.valueOf?},
 * {@code f.thenApply?}) instead of running. Magics have their own {@code %NAME?}.
 *
 * <p>Stateless and thread-safe.
 */
final class Documentation {
    private Documentation() {}

    /** Whether the input asks for documentation rather than being code. */
    static boolean isRequest(String input) {
        String text = input.strip();
        return text.length() > 1 && text.endsWith("?") && !text.contains("\n")
                && !text.startsWith("%") && !text.startsWith("/") && !text.endsWith("??") ;
    }

    /** The documentation text, or a line saying there is none. */
    static String lookUp(Session session, String input) {
        String code = input.strip();
        code = code.substring(0, code.length() - 1).stripTrailing();
        String target = code;
        return session.documentation(code, code.length())
                .or(() -> session.documentation(target + "(", target.length() + 1))
                .orElse("No documentation found for `" + code + "`.");
    }
}
