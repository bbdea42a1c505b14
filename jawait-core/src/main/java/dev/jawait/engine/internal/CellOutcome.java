package dev.jawait.engine.internal;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.CompileError;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the engine made of one cell, before the session numbers it.
 *
 * <p>Immutable.
 */
public record CellOutcome(CellStatus status, boolean hasValue, Object value, String valueText,
                          List<CompileError> errors, Throwable exception, String traceback, Integer exitStatus,
                          List<String> notices) {

    /** This outcome as the numbered result of cell {@code count}. */
    public CellResult toResult(int count) {
        return new CellResult(count, status, hasValue, value, valueText, errors, exception, traceback,
                exitStatus == null ? OptionalInt.empty() : OptionalInt.of(exitStatus), notices);
    }

    /** The same outcome with other notices. */
    CellOutcome withNotices(List<String> newNotices) {
        return new CellOutcome(status, hasValue, value, valueText, errors, exception, traceback, exitStatus, newNotices);
    }

    static CellOutcome ok(List<String> notices) {
        return new CellOutcome(CellStatus.OK, false, null, "", List.of(), null, "", null, notices);
    }

    static CellOutcome value(Object value, List<String> notices) {
        return new CellOutcome(CellStatus.OK, true, value, ValueText.of(value), List.of(), null, "", null, notices);
    }

    public static CellOutcome compileErrors(List<CompileError> errors, List<String> notices) {
        return new CellOutcome(CellStatus.COMPILE_ERROR, false, null, "", errors, null, "", null, notices);
    }

    static CellOutcome failed(Throwable exception, String traceback, List<String> notices) {
        return new CellOutcome(CellStatus.FAILED, false, null, "", List.of(), exception, traceback, null, notices);
    }

    static CellOutcome interrupted(List<String> notices) {
        return new CellOutcome(CellStatus.INTERRUPTED, false, null, "", List.of(), null, "", null, notices);
    }

    static CellOutcome exit(int status, List<String> notices) {
        return new CellOutcome(CellStatus.EXIT_REQUESTED, false, null, "", List.of(), null, "", status, notices);
    }
}
