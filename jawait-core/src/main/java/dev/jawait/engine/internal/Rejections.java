package dev.jawait.engine.internal;

import dev.jawait.CellResult;
import dev.jawait.CompileError;
import dev.jawait.JawaitException;
import dev.jawait.analysis.SnippetSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The results of snippets that could not be run, in the user's terms: rejected by javac or by the
 * class loader, too deeply nested for javac, or evaluated without a value to show. Each says why
 * and what to do; none shows a value in place of one that was not computed.
 *
 * <p>Stateless and thread-safe.
 */
final class Rejections {
    private Rejections() {}

    /** The result of a snippet {@link SnippetEvaluator} did not evaluate. */
    static CellResult result(SnippetEvaluator.Outcome outcome, SnippetSource snippet, String cellSource, int count,
                             List<String> earlierNotices) {
        List<String> notices = new ArrayList<>(earlierNotices);
        List<CompileError> errors = switch (outcome) {
            case SnippetEvaluator.Outcome.TooDeep tooDeep -> List.of(atStart(snippet, cellSource,
                    "this code is nested too deeply for the Java compiler (it ran out of stack compiling it)."
                    + " Split it into smaller parts, for example with intermediate variables."));
            case SnippetEvaluator.Outcome.Rejected rejected -> {
                notices.addAll(rejected.notices());
                yield rejected.loadFailure() != null
                        ? List.of(atStart(snippet, cellSource, loadFailure(rejected.loadFailure())))
                        : rejected.diagnostics().stream()
                                .map(d -> DiagnosticTranslator.translate(d, snippet, cellSource)).distinct().toList();
            }
            case SnippetEvaluator.Outcome.Evaluated evaluated ->
                    throw new IllegalArgumentException("an evaluated snippet is not a rejection");
        };
        return new CellResult.CompileErrors(count, errors, notices, List.of());
    }

    /** A cell whose value JShell did not compute: says so rather than showing anything in its place. */
    static CellResult notComputed(int count, Throwable failure, List<String> notices) {
        String why = failure == null ? "" : " (" + failure + ")";
        JawaitException error = new JawaitException("jawait could not compute the value of this cell" + why
                + "; nothing is shown in its place.", failure);
        return new CellResult.Failed(count, error, error.getMessage(), notices, List.of());
    }

    private static String loadFailure(Throwable failure) {
        String reason = failure.getMessage() != null ? failure.getMessage() : failure.toString();
        String advice = reason.contains("too large") || reason.contains("Code length")
                ? " A method is too large for a class file once jawait adds its stop checks: split it into smaller methods."
                : "";
        return "this code compiled, but the JVM cannot load its class: " + reason + "." + advice;
    }

    private static CompileError atStart(SnippetSource snippet, String cellSource, String message) {
        int start = snippet.toCellOffset(0);
        return DiagnosticTranslator.at(cellSource, start, start + 1, message);
    }
}
