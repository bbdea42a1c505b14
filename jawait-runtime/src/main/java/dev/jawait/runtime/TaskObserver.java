package dev.jawait.runtime;

/**
 * What a session learns about the tasks its code spawns: it numbers them, keeps them, and decides
 * what a failure or a {@code System.exit} in one means. The session puts one in place for each
 * cell with {@link TaskContext#runWith(Runner, TaskObserver, java.util.concurrent.Callable)};
 * tasks inherit it from the thread that spawned them, so a task a task spawned belongs to the same
 * cell. Without one (plain Java using the runtime), tasks are numbered across the JVM and nobody
 * is told.
 *
 * <p>Implementations are called from the spawning thread and from task threads, concurrently,
 * on the path of every spawn: they must be thread-safe and cheap.
 */
public interface TaskObserver {
    /** The number of the next task ({@code Task-N}). */
    long nextId();

    /** How the cell that spawned the tasks is named ({@code In[4]}), for their {@code toString}. */
    String cellLabel();

    /** {@code task} is about to start (its thread exists, not started yet). */
    void spawned(SpawnedTask<?> task);

    /**
     * {@code task} threw {@code failure}; returns what its future fails with (usually
     * {@code failure} itself). Called on the task's thread before its future completes.
     */
    Throwable failing(SpawnedTask<?> task, Throwable failure);

    /**
     * {@code task} has ended, failing with {@code failure} (what {@link #failing} returned) or
     * null; called on the task's thread just before its future completes, so that whoever sees
     * the future done knows the observer was told.
     */
    void ended(SpawnedTask<?> task, Throwable failure);
}
