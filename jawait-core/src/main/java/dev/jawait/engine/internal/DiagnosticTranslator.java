package dev.jawait.engine.internal;

import dev.jawait.CompileError;
import dev.jawait.analysis.SnippetSource;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Diag;

/**
 * Turns a JShell diagnostic on rewritten snippet code into a {@link CompileError} in the user's
 * terms: positions mapped back to the cell as typed, generated names replaced by {@code await}.
 *
 * <p>Stateless and thread-safe.
 */
final class DiagnosticTranslator {
    private static final String AWAIT_CLASS = "dev.jawait.runtime.Await";
    private static final Pattern NOT_AWAITABLE =
            Pattern.compile("no suitable method found for (?:jawait\\$)?(await|each)\\(([^\\n]*)\\)\\s*(?:\\n|$)");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "method (?:jawait\\$)?(await|each) in class [\\w.$]+ cannot be applied to given types;.*?found:\\s*([^\\n]*)",
            Pattern.DOTALL);
    private static final String AWAITABLE_KINDS =
            "a CompletionStage (such as CompletableFuture), a Future or a Flow.Publisher"
            + " (or a library type jawait has an adapter for)";

    private DiagnosticTranslator() {}

    static CompileError translate(Diag diag, SnippetSource snippet, String cellSource) {
        int codeLength = snippet.code().length();
        int start = clamp(diag.getStartPosition() >= 0 ? diag.getStartPosition() : diag.getPosition(), codeLength);
        int end = clamp(diag.getEndPosition() >= 0 ? diag.getEndPosition() : start + 1, codeLength);
        int cellStart = clamp(snippet.toCellOffset(start), cellSource.length());
        int cellEnd = Math.max(cellStart + 1, clamp(snippet.toCellOffset(Math.max(start, end - 1)) + 1, cellSource.length()));
        return at(cellSource, cellStart, cellEnd, message(diag.getMessage(Locale.ROOT)));
    }

    /** A compile error spanning {@code [start, end)} of the cell. */
    static CompileError at(String cellSource, int start, int end, String message) {
        start = clamp(start, cellSource.length());
        int lineStart = cellSource.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = cellSource.indexOf('\n', start);
        if (lineEnd < 0) {
            lineEnd = cellSource.length();
        }
        int line = 1;
        for (int i = 0; i < lineStart; i++) {
            if (cellSource.charAt(i) == '\n') {
                line++;
            }
        }
        int length = Math.max(1, Math.min(end, lineEnd) - start);
        return new CompileError(line, start - lineStart + 1, length, message,
                cellSource.substring(lineStart, lineEnd).stripTrailing());
    }

    static String message(String javacMessage) {
        Matcher notAwaitable = NOT_AWAITABLE.matcher(javacMessage);
        Matcher notApplicable = NOT_APPLICABLE.matcher(javacMessage);
        Matcher match = notAwaitable.lookingAt() && javacMessage.contains(AWAIT_CLASS) ? notAwaitable
                : notApplicable.lookingAt() ? notApplicable : null;
        if (match != null) {
            String type = match.group(2).strip();
            return match.group(1).equals("await")
                    ? "`await` cannot wait for " + type + ": it is not awaitable. Awaitable are " + AWAITABLE_KINDS + "."
                    : "`for await` cannot iterate over " + type + ": it needs a Flow.Publisher"
                      + " (or a library stream type jawait has an adapter for). Use a plain `for` for an Iterable.";
        }
        return javacMessage
                .replace(dev.jawait.analysis.AwaitRewriter.EACH_FN, "for await")
                .replace(dev.jawait.analysis.AwaitRewriter.AWAIT_FN, "await")
                .replace(AWAIT_CLASS + "Calls.<", "<")
                .replace(AWAIT_CLASS + "Calls.", "")
                .replace(AWAIT_CLASS + ".<", "<")
                .replace(AWAIT_CLASS + ".", "")
                .replaceAll("\\$jw\\d+", "the for-await stream")
                .replaceAll("\n\\s*location: class\\s*$", "") // the cell's own wrapper, which JShell names ""
                .transform(WrapperNames::clean);
    }

    private static int clamp(long value, int max) {
        return (int) Math.max(0, Math.min(value, max));
    }
}
