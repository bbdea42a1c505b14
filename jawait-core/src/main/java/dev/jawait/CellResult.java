package dev.jawait;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What running one cell produced, as values for a front end to render.
 *
 * @param executionCount the cell's number ({@code In [N]})
 * @param status         how it ended
 * @param hasValue       whether the cell ends in an expression whose value is to be displayed
 * @param value          that value (may be null even when {@code hasValue})
 * @param valueText      the value as text, JShell style ({@code "x"} quoted, arrays spelled out,
 *                       futures shown as {@code CompletableFuture[pending]})
 * @param errors         compile errors, in the user's lines and columns
 * @param exception      the original exception a snippet threw (not wrapped), or null
 * @param traceback      that exception as text with the user's frames only, or empty
 * @param exitStatus     the status passed to {@code System.exit}, if snippet code called it
 * @param notices        informational lines (magic output, warnings) to show the user
 */
public record CellResult(int executionCount, CellStatus status, boolean hasValue, Object value, String valueText,
                         List<CompileError> errors, Throwable exception, String traceback, OptionalInt exitStatus,
                         List<String> notices) {

    public CellResult {
        Objects.requireNonNull(status);
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
        traceback = traceback == null ? "" : traceback;
        valueText = valueText == null ? "" : valueText;
    }

    /** True unless the cell failed to compile, threw, or was interrupted. */
    public boolean succeeded() {
        return status == CellStatus.OK || status == CellStatus.EXIT_REQUESTED;
    }

    /** The error text a front end shows on stderr (compile errors, traceback or interruption), or empty. */
    public String errorText() {
        return switch (status) {
            case COMPILE_ERROR -> String.join("\n", errors.stream().map(CompileError::format).toList());
            case FAILED -> traceback;
            case INTERRUPTED -> "Interrupted: the cell was stopped; the rest of it did not run.";
            case OK, EXIT_REQUESTED -> "";
        };
    }
}
