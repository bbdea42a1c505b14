package dev.jawait;

import java.util.Objects;
import java.util.Optional;

/**
 * What one thread running a session's code is doing at one moment, in the user's terms. For
 * people (a second interrupt of a cell that has not stopped says it) and for tools: a view of
 * running work, or a test that must act once a cell's thread is blocked where it expects
 * ({@link Session#cellThreads()}), rather than guess with a sleep. A snapshot: the thread goes on
 * meanwhile.
 *
 * <p>Immutable and thread-safe.
 *
 * @param thread   the thread's name
 * @param state    its state when looked at: {@code WAITING} or {@code TIMED_WAITING} in a wait,
 *                 {@code BLOCKED} entering a {@code synchronized} block, {@code RUNNABLE} while
 *                 it runs (or blocks in native code, as a file read does)
 * @param call     the method outside the user's code it is in, named as the user's code called it
 *                 ({@code java.net.ServerSocket.accept}); empty while it runs the user's own code
 * @param awaiting what it awaits when it is in an {@code await} or {@code for await}
 *                 ({@code CompletableFuture}; jawait's own say more: {@code sleep(10 ms), 7 ms left},
 *                 {@code Task-3})
 * @param where    the innermost line of a cell it is at ({@code In[3], line 2}), when known
 */
public record ThreadActivity(String thread, Thread.State state, Optional<String> call, Optional<String> awaiting,
                             Optional<String> where) {
    public ThreadActivity {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(awaiting, "awaiting");
        Objects.requireNonNull(where, "where");
    }

    /** Whether it waits: in a wait, an {@code await}, or for a monitor. */
    public boolean waits() {
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.BLOCKED;
    }

    /** What it does, as a phrase for people: {@code waits in java.net.ServerSocket.accept (In[3], line 1)}. */
    public String describe() {
        String at = where.map(line -> " (" + line + ")").orElse("");
        if (awaiting.isPresent()) {
            String what = awaiting.get();
            boolean jawaits = what.startsWith("sleep(") || what.startsWith("Task-"); // said as they are
            return "awaits " + (jawaits ? "" : "a ") + what + at;
        }
        return switch (state) {
            case BLOCKED -> "is blocked entering a synchronized block" + at + ", which an interrupt cannot end";
            case WAITING, TIMED_WAITING -> "waits" + call.map(c -> " in " + c).orElse("") + at;
            case RUNNABLE -> call.map(c -> "is in " + c).orElse("runs") + at;
            case NEW -> "is starting";
            case TERMINATED -> "has ended";
        };
    }
}
