package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;

/**
 * Turns the exception a snippet threw into a traceback with the user's frames only: snippet
 * frames are shown as {@code at f (In[2], line 3)}, library and JDK frames above them are kept
 * (but not the futures' plumbing: {@code CompletableFuture.reportGet}, {@code FutureTask.report}),
 * and the frames of jawait, JShell, reflection and the runner below them are dropped. Messages name
 * what the user declared, not JShell's wrappers ({@link WrapperNames}); a recursion is shown once
 * with a count ({@link RepeatedFrames}).
 *
 * <p>Stateless apart from the origins it reads; thread-safe.
 */
final class TracebackFormatter {
    private static final List<String> HIDDEN_PREFIXES = List.of(
            "dev.jawait.", "jdk.jshell.", "java.lang.reflect.", "jdk.internal.reflect.", "jdk.internal.vm.",
            // the futures' own plumbing between the user's code and where it failed (get, join, thenApply)
            "java.util.concurrent.CompletableFuture", "java.util.concurrent.FutureTask", "java.util.concurrent.ForkJoinTask");
    private static final List<String> THREAD_BOUNDARIES = List.of(
            "java.util.concurrent.ForkJoin", "java.util.concurrent.ThreadPoolExecutor",
            "java.util.concurrent.CompletableFuture$Async", "java.lang.Thread.run", "java.lang.VirtualThread.run",
            "java.util.concurrent.FutureTask.run", "java.lang.Thread.runWith");

    private final SnippetOrigins origins;

    TracebackFormatter(SnippetOrigins origins) {
        this.origins = origins;
    }

    /**
     * @param thrown   the exception as JShell reports it (frames already mapped to snippets)
     * @param original the original throwable, for its real class name and message
     * @param awaitedAt where the failing snippet is ("In[3], line 1"), used when no frame of the
     *                  user's code is in the trace (an awaited future failed on another thread)
     */
    String format(JShellException thrown, Throwable original, String awaitedAt) {
        return formatChain(thrown, original, awaitedAt);
    }

    /**
     * A failure thrown on a live thread of snippet code (a spawned task), whose frames
     * {@code toSnippet} maps as JShell maps those of a snippet's exception.
     */
    String formatLive(Throwable failure, UnaryOperator<StackTraceElement> toSnippet) {
        return formatChain(mapped(failure, toSnippet, 0), failure, null);
    }

    /** The user's frames of a live stack ({@code at <lambda> (In[4], line 1)}), recursion collapsed. */
    List<String> liveFrames(StackTraceElement[] stack, UnaryOperator<StackTraceElement> toSnippet) {
        return RepeatedFrames.collapse(userFrames(Arrays.stream(stack).map(toSnippet).toArray(StackTraceElement[]::new)));
    }

    private static Throwable mapped(Throwable failure, UnaryOperator<StackTraceElement> toSnippet, int depth) {
        Throwable cause = failure.getCause();
        Throwable copy = new Throwable(null, cause != null && cause != failure && depth < 32
                ? mapped(cause, toSnippet, depth + 1) : null);
        copy.setStackTrace(Arrays.stream(failure.getStackTrace()).map(toSnippet).toArray(StackTraceElement[]::new));
        return copy;
    }

    private String formatChain(Throwable thrown, Throwable original, String awaitedAt) {
        StringBuilder out = new StringBuilder();
        Throwable originalCause = original;
        Throwable current = thrown;
        boolean first = true;
        while (current != null) {
            String header = header(current, originalCause);
            out.append(first ? "" : "Caused by: ").append(header).append('\n');
            List<String> frames = userFrames(current.getStackTrace());
            if (first && frames.stream().noneMatch(f -> f.contains("In[") || f.contains(", line "))
                    && awaitedAt != null) {
                frames.add("at " + awaitedAt + " (awaited here)");
            }
            for (String frame : RepeatedFrames.collapse(frames)) {
                out.append("    ").append(frame).append('\n');
            }
            first = false;
            current = current.getCause();
            originalCause = originalCause == null ? null : originalCause.getCause();
        }
        return out.toString().stripTrailing();
    }

    private static String header(Throwable shown, Throwable original) {
        return WrapperNames.clean(rawHeader(shown, original));
    }

    private static String rawHeader(Throwable shown, Throwable original) {
        if (original != null) {
            String message = original.getLocalizedMessage();
            return original.getClass().getName() + (message == null ? "" : ": " + message);
        }
        if (shown instanceof EvalException eval) {
            return eval.getExceptionClassName() + (eval.getMessage() == null ? "" : ": " + eval.getMessage());
        }
        return shown.toString();
    }

    private List<String> userFrames(StackTraceElement[] trace) {
        int lastSnippet = -1;
        for (int i = 0; i < trace.length; i++) {
            if (isSnippetFrame(trace[i])) {
                lastSnippet = i;
            }
        }
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < trace.length; i++) {
            StackTraceElement frame = trace[i];
            if (lastSnippet >= 0 && i > lastSnippet) {
                break;
            }
            if (lastSnippet < 0 && isThreadBoundary(frame)) {
                break;
            }
            if (isSnippetFrame(frame)) {
                frames.add(describeSnippetFrame(frame));
            } else if (frame.getClassName().startsWith("REPL.")) {
                frames.add("at code of an earlier cell"); // a snippet JShell no longer maps (RetiredWrappers)
            } else if (!isHidden(frame)) {
                frames.add("at " + frame);
            }
        }
        return frames;
    }

    private String describeSnippetFrame(StackTraceElement frame) {
        String where = origins.describe(frame.getFileName().substring(1), frame.getLineNumber());
        if (where == null) {
            where = frame.getFileName() + ":" + frame.getLineNumber();
        }
        String method = frame.getMethodName();
        if (method.isEmpty() || method.equals("do_it$")) {
            return "at " + where;
        }
        if (method.startsWith("lambda$")) {
            return "at <lambda> (" + where + ")";
        }
        String owner = frame.getClassName();
        String simpleOwner = owner.substring(owner.lastIndexOf('$') + 1);
        boolean topLevelMethod = owner.isEmpty() || simpleOwner.matches("\\d+") || owner.startsWith("REPL.");
        return "at " + (topLevelMethod || simpleOwner.isEmpty() ? "" : simpleOwner + ".") + method + " (" + where + ")";
    }

    private static boolean isSnippetFrame(StackTraceElement frame) {
        String file = frame.getFileName();
        return file != null && file.startsWith("#");
    }

    private static boolean isHidden(StackTraceElement frame) {
        String name = frame.getClassName();
        return HIDDEN_PREFIXES.stream().anyMatch(name::startsWith);
    }

    private static boolean isThreadBoundary(StackTraceElement frame) {
        String full = frame.getClassName() + "." + frame.getMethodName();
        return THREAD_BOUNDARIES.stream().anyMatch(full::startsWith);
    }
}
