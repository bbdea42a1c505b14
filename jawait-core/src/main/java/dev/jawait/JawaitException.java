package dev.jawait;

/**
 * An error a user can cause and act on. Its message says what to do; front ends print it without
 * a stack trace (Jupyter titles it {@code UsageError}, as IPython does). The kinds, nested as in
 * {@code jdk.jshell.spi.ExecutionControl}:
 * <ul>
 *   <li>{@link BadArgumentsException}: a magic, command or option given arguments it cannot use;</li>
 *   <li>{@link UnknownNameException}: no runner, magic or command of that name;</li>
 *   <li>{@link DependencyException}: a library that cannot be resolved or added to the session;</li>
 *   <li>{@link UnavailableException}: the feature needs something this process lacks (a module
 *       not on the class path, a terminal).</li>
 * </ul>
 *
 * <p>Immutable.
 */
public class JawaitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception whose message says what went wrong and what to do. */
    public JawaitException(String message) {
        super(message);
    }

    /** An exception whose message says what went wrong and what to do, caused by {@code cause}. */
    public JawaitException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A magic, command or option was given arguments it cannot use. */
    public static final class BadArgumentsException extends JawaitException {
        private static final long serialVersionUID = 1L;

        /** An exception whose message says what went wrong and what to do. */
        public BadArgumentsException(String message) {
            super(message);
        }
    }

    /** No runner, magic or command has that name; the message lists close ones. */
    public static final class UnknownNameException extends JawaitException {
        private static final long serialVersionUID = 1L;

        /** An exception whose message says what went wrong and what to do. */
        public UnknownNameException(String message) {
            super(message);
        }

        /** An exception whose message says what went wrong and what to do, caused by {@code cause}. */
        public UnknownNameException(String message, Throwable cause) {
            super(message, cause);
        }

        /**
         * Up to three of {@code known} close to {@code name} (by edit distance), closest first:
         * the "did you mean" of such errors.
         */
        public static java.util.List<String> closest(String name, java.util.Collection<String> known) {
            return known.stream()
                    .sorted(java.util.Comparator.comparingInt((String k) -> distance(k, name)))
                    .filter(k -> distance(k, name) <= Math.max(2, name.length() / 2))
                    .limit(3).toList();
        }

        private static int distance(String a, String b) {
            int[] previous = new int[b.length() + 1];
            int[] current = new int[b.length() + 1];
            for (int j = 0; j <= b.length(); j++) {
                previous[j] = j;
            }
            for (int i = 1; i <= a.length(); i++) {
                current[0] = i;
                for (int j = 1; j <= b.length(); j++) {
                    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                    current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }
                int[] swap = previous;
                previous = current;
                current = swap;
            }
            return previous[b.length()];
        }
    }

    /** A library could not be resolved or added; the session is unchanged. */
    public static final class DependencyException extends JawaitException {
        private static final long serialVersionUID = 1L;

        /** An exception whose message says what went wrong and what to do. */
        public DependencyException(String message) {
            super(message);
        }

        /** An exception whose message says what went wrong and what to do, caused by {@code cause}. */
        public DependencyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** What was asked needs something this process does not have (a module, a terminal). */
    public static final class UnavailableException extends JawaitException {
        private static final long serialVersionUID = 1L;

        /** An exception whose message says what went wrong and what to do. */
        public UnavailableException(String message) {
            super(message);
        }
    }
}
