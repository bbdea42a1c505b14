package dev.jawait.profile.internal;

/**
 * One frame of a sampled stack, as JFR recorded it: the method's class (binary name), name and
 * descriptor, and the line it was at (-1 when unknown).
 *
 * <p>Immutable and thread-safe.
 */
public record Frame(String className, String method, String descriptor, int line) {
    static final String SNIPPET_PREFIX = "REPL.$JShell$";

    /** Whether this is code of the session's snippets (a JShell wrapper class or one declared in it). */
    boolean snippet() {
        return className.startsWith(SNIPPET_PREFIX);
    }

    /**
     * The method, without its line or parameters: how samples are counted per method (overloads
     * are one row, as their names would be the same in the report).
     */
    String methodKey() {
        return className + "." + method;
    }

    StackTraceElement asStackTraceElement() {
        return new StackTraceElement(className, method, null, line);
    }
}
