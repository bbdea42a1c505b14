package dev.jawait;

import dev.jawait.engine.internal.WrapperNames;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What running one input produced, for a front end to render: exactly one of
 * <ul>
 *   <li>{@link Value}: the cell ended in an expression whose value is displayed ({@code Out[N]});</li>
 *   <li>{@link NoValue}: it ran and has nothing to display (declarations, statements, magics,
 *       commands, help requests);</li>
 *   <li>{@link CompileErrors}: it did not compile; for a syntax error nothing ran, otherwise
 *       the snippets before the error ran;</li>
 *   <li>{@link Failed}: code threw (or a magic or command failed); what came after did not run;</li>
 *   <li>{@link Interrupted}: it was stopped, and the rest of it never runs;</li>
 *   <li>{@link ExitRequested}: code called {@code System.exit}, or the user typed {@code /exit}.</li>
 * </ul>
 * Every kind carries the cell's number, informational lines ({@link #notices()}: magic output,
 * warnings) and {@link Payload}s for the front end (a help page, text for the next prompt).
 *
 * <p>Immutable and thread-safe (a {@link Value}'s object is the user's).
 */
public sealed interface CellResult {

    /** The cell's number ({@code In [N]}); inputs that take no number (commands, help) have the last one. */
    int executionCount();

    /** Lines to show before anything else (magic output, warnings), in order. */
    List<String> notices();

    /** What the front end is asked to do besides showing the result, in order. */
    List<Payload> payloads();

    /**
     * The same result with the notices and payloads of earlier parts of its cell (magic lines,
     * code before them) ahead of its own.
     */
    CellResult withEarlier(List<String> notices, List<Payload> payloads);

    /** How it ended, as one word (for exit statuses and quick checks). */
    default CellStatus status() {
        return switch (this) {
            case Value value -> CellStatus.OK;
            case NoValue none -> CellStatus.OK;
            case CompileErrors errors -> CellStatus.COMPILE_ERROR;
            case Failed failed -> CellStatus.FAILED;
            case Interrupted interrupted -> CellStatus.INTERRUPTED;
            case ExitRequested exit -> CellStatus.EXIT_REQUESTED;
        };
    }

    /** True unless the cell failed to compile, threw, or was interrupted. */
    default boolean succeeded() {
        return this instanceof Value || this instanceof NoValue || this instanceof ExitRequested;
    }

    /** The error text a front end shows on stderr (compile errors, traceback or interruption), or empty. */
    default String errorText() {
        return switch (this) {
            case CompileErrors errors -> String.join("\n", errors.errors().stream().map(CompileError::format).toList());
            case Failed failed -> failed.traceback();
            case Interrupted interrupted -> "Interrupted: the cell was stopped; the rest of it did not run.";
            case Value value -> "";
            case NoValue none -> "";
            case ExitRequested exit -> "";
        };
    }

    /** The help page this result carries ({@code NAME?}), if any. */
    default Optional<String> page() {
        return payloads().stream().flatMap(p -> p instanceof Payload.Page page ? java.util.stream.Stream.of(page.text())
                : java.util.stream.Stream.empty()).findFirst();
    }

    /** Text offered for the next prompt ({@code %load}), if any. */
    default Optional<String> nextInput() {
        return payloads().stream().flatMap(p -> p instanceof Payload.NextInput next ? java.util.stream.Stream.of(next.text())
                : java.util.stream.Stream.empty()).findFirst();
    }

    /**
     * A displayed value.
     *
     * @param value the value (may be null: {@code (String) null} displays {@code null})
     * @param text  the value as text, JShell style ({@code "x"} quoted, arrays spelled out,
     *              futures shown as {@code CompletableFuture[pending]})
     */
    record Value(int executionCount, Object value, String text, List<String> notices, List<Payload> payloads)
            implements CellResult {
        /** Checks that the required components are not null and copies the lists (unmodifiable). */
        public Value {
            Objects.requireNonNull(text);
            notices = List.copyOf(notices);
            payloads = List.copyOf(payloads);
        }

        @Override
        public Value withEarlier(List<String> earlierNotices, List<Payload> earlierPayloads) {
            return new Value(executionCount, value, text, concat(earlierNotices, notices), concat(earlierPayloads, payloads));
        }
    }

    /** It ran; nothing to display. */
    record NoValue(int executionCount, List<String> notices, List<Payload> payloads) implements CellResult {
        /** Copies the lists (unmodifiable). */
        public NoValue {
            notices = List.copyOf(notices);
            payloads = List.copyOf(payloads);
        }

        @Override
        public NoValue withEarlier(List<String> earlierNotices, List<Payload> earlierPayloads) {
            return new NoValue(executionCount, concat(earlierNotices, notices), concat(earlierPayloads, payloads));
        }
    }

    /** It did not compile; {@code errors} are in the user's lines and columns. */
    record CompileErrors(int executionCount, List<CompileError> errors, List<String> notices, List<Payload> payloads)
            implements CellResult {
        /** Copies the lists (unmodifiable). */
        public CompileErrors {
            errors = List.copyOf(errors);
            notices = List.copyOf(notices);
            payloads = List.copyOf(payloads);
        }

        @Override
        public CompileErrors withEarlier(List<String> earlierNotices, List<Payload> earlierPayloads) {
            return new CompileErrors(executionCount, errors, concat(earlierNotices, notices), concat(earlierPayloads, payloads));
        }
    }

    /**
     * Code threw, or a magic or command failed.
     *
     * @param exception the original exception (not wrapped): the user's, or a
     *                  {@link JawaitException} whose message says what to do
     * @param traceback the exception as text with the user's frames only (for a
     *                  {@code JawaitException}, its message)
     */
    record Failed(int executionCount, Throwable exception, String traceback, List<String> notices, List<Payload> payloads)
            implements CellResult {
        /** Checks that the required components are not null and copies the lists (unmodifiable). */
        public Failed {
            Objects.requireNonNull(exception);
            Objects.requireNonNull(traceback);
            notices = List.copyOf(notices);
            payloads = List.copyOf(payloads);
        }

        /**
         * The error's name as a front end titles it: the exception's class for the user's and the
         * JDK's exceptions (a class declared in the session by its declared name),
         * {@code UsageError} (IPython's name) for a jawait usage error, so that
         * no jawait class name reaches the user.
         */
        public String errorName() {
            return exception instanceof JawaitException ? "UsageError" : WrapperNames.clean(exception.getClass().getName());
        }

        @Override
        public Failed withEarlier(List<String> earlierNotices, List<Payload> earlierPayloads) {
            return new Failed(executionCount, exception, traceback, concat(earlierNotices, notices), concat(earlierPayloads, payloads));
        }
    }

    /** It was stopped; the rest of it never runs. */
    record Interrupted(int executionCount, List<String> notices, List<Payload> payloads) implements CellResult {
        /** Copies the lists (unmodifiable). */
        public Interrupted {
            notices = List.copyOf(notices);
            payloads = List.copyOf(payloads);
        }

        @Override
        public Interrupted withEarlier(List<String> earlierNotices, List<Payload> earlierPayloads) {
            return new Interrupted(executionCount, concat(earlierNotices, notices), concat(earlierPayloads, payloads));
        }
    }

    /**
     * Code called {@code System.exit(exitStatus)} (or {@code Runtime.exit}/{@code halt}), or the
     * user typed {@code /exit [STATUS]}.
     *
     * @param leavesSession whether the front end should end: true for {@code /exit} and for an
     *                      exit in module mode; false for {@code System.exit} in an interactive
     *                      cell, which jawait reports and survives
     */
    record ExitRequested(int executionCount, int exitStatus, boolean leavesSession, List<String> notices,
                         List<Payload> payloads) implements CellResult {
        /** Copies the lists (unmodifiable). */
        public ExitRequested {
            notices = List.copyOf(notices);
            payloads = List.copyOf(payloads);
        }

        @Override
        public ExitRequested withEarlier(List<String> earlierNotices, List<Payload> earlierPayloads) {
            return new ExitRequested(executionCount, exitStatus, leavesSession, concat(earlierNotices, notices), concat(earlierPayloads, payloads));
        }
    }

    /** Something a result asks of its front end besides showing it. Immutable. */
    sealed interface Payload {
        /** Documentation to show as a page ({@code NAME?}; Jupyter's {@code page} payload). */
        record Page(String text) implements Payload {
            /** Checks that the required components are not null. */
            public Page {
                Objects.requireNonNull(text);
            }
        }

        /** Text to put in the next prompt ({@code %load}; Jupyter's {@code set_next_input}). */
        record NextInput(String text) implements Payload {
            /** Checks that the required components are not null. */
            public NextInput {
                Objects.requireNonNull(text);
            }
        }
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        if (first.isEmpty()) {
            return second;
        }
        List<T> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
