package dev.jawait;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One task a session's code spawned, as {@code %tasks} shows it: a snapshot (the task goes on).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id        its number ({@code 3} for {@code Task-3})
 * @param name      {@code Task-3}
 * @param state     pending, done, failed or cancelled
 * @param age       how long ago it was spawned
 * @param spawnedBy the cell that spawned it ({@code In[4]}, a file name)
 * @param waitingOn what it waits on, while pending: {@code await sleep(10 ms), 7 ms left},
 *                  {@code await Task-2}, {@code java.lang.Thread.sleep}, a lock, I/O; empty when it
 *                  runs its own code or has ended
 * @param text      how it shows as a value: {@code Task-3[pending, In[4]]}, {@code Task-3[done: 42]}
 */
public record TaskInfo(long id, String name, State state, Duration age, String spawnedBy, Optional<String> waitingOn,
                       String text) {
    /** Where a task is. */
    public enum State { PENDING, DONE, FAILED, CANCELLED }

    public TaskInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(spawnedBy, "spawnedBy");
        Objects.requireNonNull(waitingOn, "waitingOn");
        Objects.requireNonNull(text, "text");
    }
}
