package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.analysis.CellInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs inputs for a command as if they were typed ({@code /open}, {@code /edit}, {@code /reload},
 * {@code /env}, start-up files): each through the cell pipeline, so that {@code await}, magics
 * and commands work in them; their output appears as they run, their values are not shown (as
 * JShell's {@code /open}). Those that succeed are the session's valid inputs.
 *
 * <p>Not thread-safe: one batch at a time, under the session's cell lock.
 */
final class InputBatch {
    /** Runs one input in the command's cell. */
    @FunctionalInterface
    interface InputRunner {
        CellResult run(CellInput input, CellPipeline.Scope scope);
    }

    private final InputRunner runner;
    private final CellPipeline.Scope scope;

    InputBatch(InputRunner runner, CellPipeline.Scope scope) {
        this.runner = runner;
        this.scope = scope;
    }

    /**
     * Runs {@code inputs} in order until one fails, which is the result (with the notices of those
     * before it); else a result with their notices.
     *
     * @param valid receives each input that ran without error
     */
    CellResult runUntilFailure(List<String> inputs, List<String> valid) {
        List<String> notices = new ArrayList<>();
        for (String input : inputs) {
            CellResult result = runner.run(CellInput.parse(input), scope);
            if (!result.succeeded() || result instanceof CellResult.ExitRequested) {
                return result.withEarlier(notices, List.of());
            }
            notices.addAll(result.notices());
            valid.add(input);
        }
        return new CellResult.NoValue(scope.count(), notices, List.of());
    }

    /**
     * Replays {@code inputs} in order, each one's errors reported and the rest still run (JShell's
     * {@code /reload}); when {@code echo}, each is printed as {@code -: input} before it runs.
     *
     * @param valid receives each input that ran without error
     */
    List<String> replay(List<String> inputs, boolean echo, List<String> valid) {
        List<String> notices = new ArrayList<>();
        for (String input : inputs) {
            if (echo) {
                System.out.println("-: " + input); // printed now: in order with what the input prints
                System.out.flush();
            }
            CellResult result = runner.run(CellInput.parse(input), scope);
            notices.addAll(result.notices());
            if (result.succeeded()) {
                valid.add(input);
            } else {
                notices.add("|  " + input.lines().findFirst().orElse("") + ": " + result.errorText().strip());
            }
        }
        return notices;
    }
}
