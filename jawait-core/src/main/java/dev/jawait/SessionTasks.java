package dev.jawait;

import java.util.List;
import java.util.Optional;

/**
 * The tasks a session's code spawned ({@code spawn(...)}), for {@code %tasks} and for tools:
 * {@link Session#tasks()}, {@code SessionControl.tasks()}.
 *
 * <p>Thread-safe.
 */
public interface SessionTasks {
    /**
     * The pending tasks, oldest first; with {@code ended} also some that ended lately (up to
     * {@value #RECENT}: for each number modulo {@value #RECENT}, the last task of it that ended).
     */
    List<TaskInfo> list(boolean ended);

    /** How many tasks {@code list(true)} keeps at most among those that ended. */
    int RECENT = 32;

    /** The task numbered {@code id}, if it is pending or listed as ended. */
    Optional<TaskInfo> find(long id);

    /**
     * The user's frames of task {@code id}'s stack now, innermost first
     * ({@code at <lambda> (In[4], line 1)}); empty when it is not pending.
     */
    Optional<List<String>> stack(long id);

    /** Cancels pending task {@code id} (its thread is interrupted); false when it is not pending. */
    boolean cancel(long id);

    /** Cancels every pending task; returns how many. */
    int cancelAll();
}
