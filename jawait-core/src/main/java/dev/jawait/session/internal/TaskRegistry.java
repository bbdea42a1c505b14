package dev.jawait.session.internal;

import dev.jawait.ExecutionMode;
import dev.jawait.SessionTasks;
import dev.jawait.TaskInfo;
import dev.jawait.ThreadActivity;
import dev.jawait.engine.internal.ExitRequested;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.runtime.SpawnedTask;
import dev.jawait.runtime.TaskObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntConsumer;

/**
 * The tasks a session's code spawned: numbered per session, the pending ones kept until they end,
 * the last {@value SessionTasks#RECENT} that ended kept for {@code %tasks -a}; and the session's
 * answer to a task that fails or calls {@code System.exit}.
 *
 * <p>A failure nobody observed (see {@link SpawnedTask}) is reported once (a cancellation, also of
 * what the task awaited, is none), with the user's frames
 * and the cell that spawned the task, on that cell's output (stderr, with its tag): when it
 * happens between cells, at once; while a cell runs, when that cell ends, unless by then someone
 * observed it or the cell itself failed with it (it awaited an {@code allOf}, say). A
 * {@code System.exit} in a task is reported and ignored in interactive mode, and ends the running
 * cell with its status in module mode.
 *
 * <p>The path of every spawn is a counter increment and a few volatile writes ({@link TaskTable}).
 * Thread-safe.
 */
final class TaskRegistry implements SessionTasks {
    private final EngineSlot engines;
    private final IntConsumer moduleExit;
    private final AtomicLong ids = new AtomicLong();
    private final TaskTable pending = new TaskTable();
    /** Task N, once ended, in slot N mod RECENT: about the last ones to end, without a shared counter. */
    private final AtomicReferenceArray<SpawnedTask<?>> ended = new AtomicReferenceArray<>(RECENT);
    private final Object reports = new Object();
    private boolean cellRunning; // guarded by reports
    private List<Failed> unreported = new ArrayList<>(); // guarded by reports

    /** A task that failed while a cell ran, with the scope of the cell that spawned it. */
    private record Failed(SpawnedTask<?> task, Throwable failure, Scope scope) {}

    /** @param moduleExit ends the running cell with a status (a module-mode task called System.exit) */
    TaskRegistry(EngineSlot engines, IntConsumer moduleExit) {
        this.engines = engines;
        this.moduleExit = moduleExit;
    }

    /** The observer of the tasks a cell spawns: they are numbered here and named after {@code label}. */
    TaskObserver scope(String label, ExecutionMode mode) {
        return new Scope(label, mode, OutputRouter.current());
    }

    /** A cell starts: failures of unobserved tasks wait for its end. */
    void cellStarted() {
        synchronized (reports) {
            cellRunning = true;
        }
    }

    /** A cell ended, failing with {@code cellFailure} (or null): reports what nobody observed meanwhile. */
    void cellEnded(Throwable cellFailure) {
        synchronized (reports) {
            cellRunning = false;
            List<Failed> due = unreported;
            unreported = new ArrayList<>();
            for (Failed failed : due) {
                if (!failed.task().observed() && failed.failure() != cellFailure) {
                    report(failed);
                }
            }
        }
    }

    private void failedUnobserved(Failed failed) {
        synchronized (reports) {
            if (cellRunning) {
                unreported.add(failed);
            } else {
                report(failed);
            }
        }
    }

    /** Called with the lock held: no cell compiles meanwhile, so JShell's snippets stand still. */
    private void report(Failed failed) {
        String trace = engines.get().liveFrames().traceback(failed.failure());
        say(failed.scope().output, failed.task().name() + " (spawned by " + failed.scope().label
                + ") failed, and nobody awaited it:\n" + trace + "\n");
    }

    private static void say(OutputRouter.Target output, String text) {
        if (output != null) {
            output.listener().output(output.tag(), true, text);
        } else {
            System.err.print(text);
            System.err.flush();
        }
    }

    @Override
    public List<TaskInfo> list(boolean withEnded) {
        List<SpawnedTask<?>> tasks = new ArrayList<>(pending.pending());
        if (withEnded) {
            for (int i = 0; i < RECENT; i++) {
                SpawnedTask<?> task = ended.get(i);
                if (task != null && task.isDone()) {
                    tasks.add(task);
                }
            }
        }
        tasks.sort(Comparator.comparingLong(SpawnedTask::id));
        long now = System.nanoTime();
        return tasks.stream().map(task -> info(task, now)).toList();
    }

    @Override
    public Optional<TaskInfo> find(long id) {
        return Optional.ofNullable(task(id)).map(task -> info(task, System.nanoTime()));
    }

    private SpawnedTask<?> task(long id) {
        for (SpawnedTask<?> task : pending.pending()) {
            if (task.id() == id) {
                return task;
            }
        }
        SpawnedTask<?> task = ended.get((int) (id % RECENT));
        return task != null && task.id() == id ? task : null;
    }

    @Override
    public Optional<List<String>> stack(long id) {
        SpawnedTask<?> task = task(id);
        if (task == null || task.isDone()) {
            return Optional.empty();
        }
        return Optional.of(engines.get().liveFrames().userStack(task.thread().getStackTrace()));
    }

    @Override
    public boolean cancel(long id) {
        SpawnedTask<?> task = task(id);
        return task != null && task.cancel(true);
    }

    @Override
    public int cancelAll() {
        int cancelled = 0;
        for (SpawnedTask<?> task : pending.pending()) {
            if (task.cancel(true)) {
                cancelled++;
            }
        }
        return cancelled;
    }

    private TaskInfo info(SpawnedTask<?> task, long now) {
        TaskInfo.State state = switch (task.state()) {
            case RUNNING -> TaskInfo.State.PENDING;
            case SUCCESS -> TaskInfo.State.DONE;
            case FAILED -> TaskInfo.State.FAILED;
            case CANCELLED -> TaskInfo.State.CANCELLED;
        };
        Optional<String> waiting = state == TaskInfo.State.PENDING ? waitingOn(task) : Optional.empty();
        return new TaskInfo(task.id(), task.name(), state, Duration.ofNanos(now - task.startNanos()),
                String.valueOf(task.cellLabel()), waiting, task.toString());
    }

    /** {@code await sleep(10 ms), 7 ms left}, {@code java.lang.Thread.sleep}, {@code a monitor}: what a task waits on. */
    private Optional<String> waitingOn(SpawnedTask<?> task) {
        ThreadActivity activity;
        try {
            activity = engines.get().liveFrames().activity(task);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (activity.awaiting().isPresent()) {
            return Optional.of("await " + activity.awaiting().get());
        }
        return switch (activity.state()) {
            case BLOCKED -> Optional.of("a monitor (synchronized)");
            case WAITING, TIMED_WAITING -> Optional.of(activity.call().orElse("a wait"));
            case RUNNABLE -> activity.call().map(call -> "in " + call); // native I/O shows as running
            case NEW, TERMINATED -> Optional.empty();
        };
    }

    /** The tasks of one cell: they are named after it, and what they say goes to its output. */
    private final class Scope implements TaskObserver {
        private final String label;
        private final ExecutionMode mode;
        private final OutputRouter.Target output;

        Scope(String label, ExecutionMode mode, OutputRouter.Target output) {
            this.label = label;
            this.mode = mode;
            this.output = output;
        }

        @Override
        public long nextId() {
            return ids.incrementAndGet();
        }

        @Override
        public String cellLabel() {
            return label;
        }

        @Override
        public void spawned(SpawnedTask<?> task) {
            pending.started(task);
        }

        @Override
        public Throwable failing(SpawnedTask<?> task, Throwable failure) {
            if (!(failure instanceof ExitRequested exit)) {
                return failure;
            }
            String call = "System.exit(" + exit.status() + ")";
            if (mode == ExecutionMode.MODULE) {
                task.outcomeNote("exited: " + call);
                moduleExit.accept(exit.status());
                return failure;
            }
            task.outcomeNote("exited: " + call + " ignored");
            say(output, call + " in " + task.name() + " (spawned by " + label + ") was ignored;"
                    + " jawait keeps the session. To leave, type /exit.\n");
            return new CancellationException(call + " in " + task.name() + " was ignored");
        }

        @Override
        public void ended(SpawnedTask<?> task, Throwable failure) {
            pending.ended(task);
            ended.set((int) (task.id() % RECENT), task);
            if (failure != null && !(failure instanceof CancellationException) && !task.isCancelled()
                    && task.outcomeNote() == null && !task.observed()) { // cancelled (or what it awaited was): not a failure
                failedUnobserved(new Failed(task, failure, this));
            }
        }
    }
}
