package dev.jawait.magic;

import dev.jawait.Completion;
import dev.jawait.SessionVariable;
import dev.jawait.history.HistoryStore;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a magic may see and change of its session: the autoawait settings, the variables, the
 * class path, the history, the other magics, completion, and a place for an extension's own
 * per-session state. A narrow view, not the session itself: a magic cannot run or submit cells
 * except through its {@link MagicContext}.
 *
 * <p>Used from the thread running the magic (or completing its arguments), while the session
 * holds its cell lock; implementations are thread-safe for that use.
 */
public interface SessionControl {

    /** Whether cells that await may run. */
    boolean autoawait();

    /** Turns autoawait on or off without changing the runner. */
    void setAutoawait(boolean on);

    /** The current runner's name ({@code virtual}, a variable name, a class name). */
    String runnerName();

    /**
     * Chooses the runner {@code name} stands for (a built-in, a provided runner, a session
     * variable holding a runner, or a class name) and turns autoawait on ({@code sync}: off).
     *
     * @throws dev.jawait.JawaitException.UnknownNameException if no runner has that name
     */
    void useRunner(String name);

    /**
     * The session's settings other than the runner ({@code %config}): value limits and how many
     * values {@code Out} keeps.
     */
    dev.jawait.config.Settings settings();

    /**
     * The session's working directory and environment variables ({@code %cd}, {@code %env}),
     * against which jawait's file magics resolve relative paths.
     */
    dev.jawait.runtime.SessionEnvironment environment();

    /**
     * Where a stack frame of the session's snippet code is, in the user's terms:
     * {@code In[3], line 2} for a frame of JShell's wrapper class ({@code REPL.$JShell$12}) at a
     * line of its source. Empty for any other frame (a profiler keeps those as they are).
     */
    default java.util.Optional<String> whereInCell(StackTraceElement frame) {
        return java.util.Optional.empty();
    }

    /** The variables the user declared, with types and current values, in declaration order. */
    List<SessionVariable> variables();

    /** Adds a jar or directory to the class path of the session's snippets, from the next cell on. */
    void addToClasspath(String path);

    /** The session's history store, with every cell run so far in it. */
    HistoryStore history();

    /** The session's number in its {@link #history()}. */
    long historySession();

    /** The session's magics (for help and listings). */
    MagicRegistry magics();

    /** Java completion candidates at {@code cursor} in {@code code}. */
    Completion complete(String code, int cursor);

    /**
     * The session's instance of {@code type}, made by {@code initial} on first use: per-session
     * state of an extension (the Maven dependencies a session added, say).
     */
    <T> T attribute(Class<T> type, Supplier<? extends T> initial);

    /** The tasks the session's code spawned ({@code %tasks}). */
    dev.jawait.SessionTasks tasks();
}
