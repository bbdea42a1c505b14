package dev.jawait.profile.internal;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.management.ObjectName;
import jdk.jfr.FlightRecorder;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingStream;

/**
 * Samples the JVM's threads with JFR, in-process, while a cell runs, and keeps the samples of that
 * cell: those whose stack holds a frame of snippet code ({@code REPL.$JShell$…}: the cell's own
 * threads and every task or thread running code the session declared, virtual threads included,
 * which JFR reports as themselves), and those of threads the cell's code started (a
 * {@code jdk.ThreadStart} whose starting stack holds snippet code, and the threads those start),
 * which may run library code only.
 *
 * <p>Two samplers are recorded at once, both every {@link #PERIOD}: {@code jdk.CPUTimeSample}
 * (JDK 25, Linux: every 10 ms of each thread's CPU time, native code included) is used when it
 * delivered samples; otherwise {@code jdk.ExecutionSample} (every 10 ms of wall time, the threads
 * running Java code at that moment). {@link #stop()} stops the stream, which returns once every
 * recorded event has been delivered: samples up to the cell's end are in.
 *
 * <p>One use: {@link #start()}, then {@link #stop()} once, from the thread that started it. The
 * event handlers run on JFR's stream thread and only add to a concurrent queue.
 */
public final class SampleRecorder {
    /** The sampling interval. */
    public static final Duration PERIOD = Duration.ofMillis(10);
    static final String CPU_TIME = "jdk.CPUTimeSample";
    static final String EXECUTION = "jdk.ExecutionSample";
    private static final String THREAD_START = "jdk.ThreadStart";
    /** Frames JFR keeps per stack (its default of 64 cuts the cell's frames off a deep stack). */
    private static final int STACK_DEPTH = 256;

    /** A sample as recorded: its event, its thread, its frames from the innermost out. */
    record Raw(String event, long threadId, List<Frame> frames, boolean truncated) {}

    private record Start(long threadId, long parentId, boolean fromSnippet) {}

    private final RecordingStream stream;
    private final ConcurrentLinkedQueue<Raw> raws = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Start> starts = new ConcurrentLinkedQueue<>();

    private SampleRecorder() {
        configureStackDepth();
        stream = new RecordingStream();
        stream.enable(EXECUTION).withPeriod(PERIOD).withStackTrace();
        stream.enable(CPU_TIME).with("throttle", PERIOD.toMillis() + " ms").withStackTrace();
        stream.enable(THREAD_START).withStackTrace();
        stream.onEvent(EXECUTION, event -> sample(EXECUTION, event, event.getThread("sampledThread")));
        stream.onEvent(CPU_TIME, event -> sample(CPU_TIME, event, event.getThread("eventThread")));
        stream.onEvent(THREAD_START, this::threadStart);
    }

    /**
     * Starts sampling.
     *
     * @throws IllegalStateException when this JVM cannot record (JFR disabled or absent), with a
     *                               message saying so
     */
    public static SampleRecorder start() {
        SampleRecorder recorder;
        try {
            recorder = new SampleRecorder();
            recorder.stream.startAsync();
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("JFR cannot record in this JVM (" + e.getMessage()
                    + "); %prun samples with JFR, so it needs a JDK with the jdk.jfr module and JFR not disabled.", e);
        }
        return recorder;
    }

    /**
     * Stops sampling once every recorded event has been delivered, and returns the cell's samples,
     * and how many samples were of JShell compiling the code (javac and JShell's analysis; not its
     * execution control, through which the cell's code runs).
     */
    public Samples stop() {
        try {
            stream.stop();
        } finally {
            stream.close();
        }
        Set<Long> cellThreads = startedByCell();
        List<Raw> all = new ArrayList<>(raws);
        Set<Long> runningSnippets = new HashSet<>();
        for (Raw raw : all) {
            if (raw.frames().stream().anyMatch(Frame::snippet)) {
                runningSnippets.add(raw.threadId());
            }
        }
        boolean cpuTime = all.stream().anyMatch(raw -> raw.event().equals(CPU_TIME));
        String used = cpuTime ? CPU_TIME : EXECUTION;
        List<List<Frame>> kept = new ArrayList<>();
        int compiling = 0;
        for (Raw raw : all) {
            if (!raw.event().equals(used)) {
                continue;
            }
            boolean snippet = raw.frames().stream().anyMatch(Frame::snippet);
            if (!snippet && raw.frames().stream().anyMatch(SampleRecorder::compiler)) {
                compiling++;
            }
            if (snippet || cellThreads.contains(raw.threadId())
                    || (raw.truncated() && runningSnippets.contains(raw.threadId()))) {
                kept.add(raw.frames());
            }
        }
        return new Samples(used, PERIOD, kept, compiling);
    }

    private static boolean compiler(Frame frame) {
        String name = frame.className();
        return name.startsWith("com.sun.tools.javac.")
                || (name.startsWith("jdk.jshell.") && !name.startsWith("jdk.jshell.execution.") && !name.startsWith("jdk.jshell.spi."));
    }

    private void sample(String event, RecordedEvent recorded, RecordedThread thread) {
        RecordedStackTrace stack = recorded.getStackTrace();
        if (stack == null || thread == null || (recorded.hasField("failed") && recorded.getBoolean("failed"))) {
            return;
        }
        raws.add(new Raw(event, thread.getJavaThreadId(), frames(stack), stack.isTruncated()));
    }

    private void threadStart(RecordedEvent event) {
        RecordedThread thread = event.getThread("thread");
        RecordedThread parent = event.getThread("parentThread");
        if (thread == null) {
            return;
        }
        RecordedStackTrace stack = event.getStackTrace();
        boolean fromSnippet = stack != null && frames(stack).stream().anyMatch(Frame::snippet);
        starts.add(new Start(thread.getJavaThreadId(), parent == null ? -1 : parent.getJavaThreadId(), fromSnippet));
    }

    /** Threads started by snippet code during the recording, and the threads they started. */
    private Set<Long> startedByCell() {
        Set<Long> cell = new HashSet<>();
        for (Start start : starts) { // in the order JFR delivered them, which is the order they started
            if (start.fromSnippet() || cell.contains(start.parentId())) {
                cell.add(start.threadId());
            }
        }
        return cell;
    }

    private static List<Frame> frames(RecordedStackTrace stack) {
        List<Frame> frames = new ArrayList<>(stack.getFrames().size());
        for (RecordedFrame frame : stack.getFrames()) {
            if (!frame.isJavaFrame() || frame.getMethod() == null || frame.getMethod().isHidden()) {
                continue;
            }
            var method = frame.getMethod();
            frames.add(new Frame(method.getType().getName(), method.getName(), method.getDescriptor(), frame.getLineNumber()));
        }
        return frames;
    }

    /**
     * Raises JFR's stack depth before its first recording in this JVM (the setting cannot change
     * later), through the {@code JFR.configure} diagnostic command: without it a stack deeper than
     * 64 frames loses the cell's own frames at its bottom.
     */
    private static synchronized void configureStackDepth() {
        if (FlightRecorder.isInitialized()) {
            return;
        }
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "jfrConfigure", new Object[] {new String[] {"stackdepth=" + STACK_DEPTH}},
                    new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            // JFR keeps its default depth; samples of deep stacks may then miss the cell's frames
        }
    }
}
