package dev.jawait.engine.internal;

import dev.jawait.ThreadActivity;
import dev.jawait.runtime.SpawnedTask;
import java.util.Arrays;
import java.util.List;

/**
 * Threads of snippet code outside any cell (spawned tasks) in the user's terms: what one is doing,
 * its stack, and a failure it threw, shown as a cell's error is (live frames mapped to snippets
 * as JShell maps those of a snippet's exception).
 *
 * <p>Thread-safe as far as reading JShell's snippets is: the caller makes sure no cell is being
 * compiled meanwhile, or accepts that a line may be left out.
 */
public final class LiveFrames {
    private final TracebackFormatter tracebacks;
    private final ThreadActivities activities;

    LiveFrames(TracebackFormatter tracebacks, ThreadActivities activities) {
        this.tracebacks = tracebacks;
        this.activities = activities;
    }

    /** What {@code task}'s thread is doing now. */
    public ThreadActivity activity(SpawnedTask<?> task) {
        return activities.of(null, task.thread(), task.awaiting());
    }

    /** A failure a spawned task threw, as a cell's error shows it: user frames, recursion collapsed, no wrapper names. */
    public String traceback(Throwable failure) {
        return tracebacks.formatLive(failure, activities::toSnippetFrame);
    }

    /**
     * The user's frames of a live stack, innermost first: jawait's own frames and what lies above
     * them ({@code await}'s wait) are left out, as are the frames below the outermost user frame.
     */
    public List<String> userStack(StackTraceElement[] stack) {
        int from = 0;
        for (int i = 0; i < stack.length && !stack[i].getClassName().startsWith("REPL."); i++) {
            if (stack[i].getClassName().startsWith("dev.jawait.")) {
                from = i + 1;
            }
        }
        return tracebacks.liveFrames(Arrays.copyOfRange(stack, from, stack.length), activities::toSnippetFrame);
    }
}
