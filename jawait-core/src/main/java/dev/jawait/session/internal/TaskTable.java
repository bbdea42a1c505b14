package dev.jawait.session.internal;

import dev.jawait.runtime.SpawnedTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The pending tasks of a session, by number: chunks of {@value #CHUNK} slots, the slot of task N
 * set when it starts and cleared when it ends, a chunk dropped once all its tasks have ended. A
 * spawn and an end each cost a volatile write and a counter update (a map look-up for a new
 * chunk); nothing is allocated per task and no lock is taken, so 100,000 tasks started at once do
 * not queue (as they would on a concurrent map's resizes and size counter).
 * Task numbers must be dense (every number is started once).
 *
 * <p>Thread-safe.
 */
final class TaskTable {
    private static final int CHUNK = 1024;

    /** The slots of {@value #CHUNK} consecutive task numbers. */
    private static final class Chunk {
        final long index;
        final AtomicReferenceArray<SpawnedTask<?>> slots = new AtomicReferenceArray<>(CHUNK);
        final AtomicInteger ended = new AtomicInteger();

        Chunk(long index) {
            this.index = index;
        }
    }

    private final ConcurrentHashMap<Long, Chunk> chunks = new ConcurrentHashMap<>();
    private volatile Chunk latest; // the chunk the last start used: usually the next one's too
    private volatile Chunk latestEnded; // the chunk the last end used: tasks mostly end in the order they started

    void started(SpawnedTask<?> task) {
        chunk(task.id()).slots.set(slot(task.id()), task);
    }

    void ended(SpawnedTask<?> task) {
        long index = task.id() / CHUNK;
        Chunk last = latestEnded;
        Chunk chunk = last != null && last.index == index ? last : chunks.get(index);
        if (chunk == null) {
            return;
        }
        if (chunk != last) {
            latestEnded = chunk; // written once per chunk, not per task: both carriers read it
        }
        chunk.slots.set(slot(task.id()), null);
        if (chunk.ended.incrementAndGet() == CHUNK) {
            chunks.remove(chunk.index); // every task numbered in it has ended
        }
    }

    /** The pending tasks, by number. */
    List<SpawnedTask<?>> pending() {
        List<SpawnedTask<?>> tasks = new ArrayList<>();
        for (Chunk chunk : chunks.values()) {
            for (int i = 0; i < CHUNK; i++) {
                SpawnedTask<?> task = chunk.slots.get(i);
                if (task != null && !task.isDone()) {
                    tasks.add(task);
                }
            }
        }
        tasks.sort(Comparator.comparingLong(SpawnedTask::id));
        return tasks;
    }

    private Chunk chunk(long id) {
        long index = id / CHUNK;
        Chunk last = latest;
        if (last != null && last.index == index) {
            return last;
        }
        Chunk chunk = chunks.computeIfAbsent(index, Chunk::new);
        latest = chunk;
        return chunk;
    }

    private static int slot(long id) {
        return (int) (id % CHUNK);
    }
}
