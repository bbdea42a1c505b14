package dev.jawait.kernel.internal;

import dev.jawait.Session;
import dev.jawait.SessionBuilder;
import dev.jawait.history.HistoryStore;
import dev.jawait.comm.Comms;
import dev.jawait.widgets.Widget;
import dev.jawait.runtime.Display;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Binds the five sockets of a connection file and runs the kernel: heartbeat, control and shell
 * each on their own thread, IOPub shared, the session built in the background. The kernel ends
 * on a {@code shutdown_request}, when the process that launched it is gone ({@link ParentWatch}),
 * or, without a launcher to watch, when its connection is abandoned ({@link ConnectionWatch}).
 *
 * <p>Thread-safe: {@link #requestShutdown} may be called from any thread.
 */
public final class KernelServer {
    /** Messages larger than this (all frames) are refused with an error reply. */
    public static final long MAX_MESSAGE_BYTES = Long.getLong("jawait.kernel.maxMessageBytes", 64L << 20);
    /** Messages queued per IOPub subscriber before sends wait for it (stream messages are at most 64 Ki characters). */
    static final int IOPUB_HIGH_WATER_MARK = 100;
    /** How long a shutdown the kernel decides itself may take before the JVM is halted. */
    static final long LEAVE_SECONDS = 10;

    private final ZContext context = new ZContext();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final List<Channel> channels = new ArrayList<>();
    private final Map<ZMQ.Socket, Integer> ports = new LinkedHashMap<>();
    private final Iopub iopub;
    private final SessionStarter sessions;
    private final HistoryStore history;
    private volatile boolean running = true;
    private volatile boolean restart;

    /**
     * Binds the sockets and starts answering; the session starts in the background.
     *
     * @param history the cell history, open before the session (closed at shutdown)
     */
    public KernelServer(ConnectionInfo info, HistoryStore history, UnaryOperator<SessionBuilder> configure) {
        KernelLog.to(System.err); // before the session routes System.err to cells
        this.history = history;
        WireCodec codec = new WireCodec(new Signer(info.key(), info.signatureScheme()), MAX_MESSAGE_BYTES);
        Channel shell = channel("shell", SocketType.ROUTER, info.shellPort(), codec);
        Channel control = channel("control", SocketType.ROUTER, info.controlPort(), codec);
        Channel stdin = channel("stdin", SocketType.ROUTER, info.stdinPort(), codec);
        iopub = new Iopub(channel("iopub", SocketType.PUB, info.iopubPort(), codec));
        ZMQ.Socket hb = socket(SocketType.REP, info.hbPort());
        watchParentOrConnection(); // before binding, so that the connection watch sees every client
        ports.forEach((socket, port) -> socket.bind(info.endpoint(port)));

        CellOutput output = new CellOutput(iopub);
        Display.install(output);
        sessions = new SessionStarter(() -> configure.apply(Session.builder().standard().history(history)
                .outputListener(output)).build());
        ExecuteHandler execute = new ExecuteHandler(sessions, iopub, output);
        System.setIn(new KernelStdin(new StdinChannel(stdin), execute::reader));
        CommHub comms = new CommHub(iopub, output);
        Comms.install(comms);
        Widget.answerFrontEnds(); // Notebook's widget manager checks the version as soon as it connects
        Dispatcher dispatcher = new Dispatcher(iopub, execute, new CodeAssistHandler(sessions),
                new HistoryHandler(history, sessions), comms, this::requestShutdown);

        start("jawait-heartbeat", new Heartbeat(hb, () -> running));
        start("jawait-control", new RequestLoop(control, dispatcher, () -> running));
        start("jawait-shell", new RequestLoop(shell, dispatcher, () -> running));
        iopub.status(null, "starting");
        KernelLog.info("listening on " + info.endpoint(info.shellPort()) + " (shell)");
    }

    private Channel channel(String name, SocketType type, int port, WireCodec codec) {
        Channel channel = new Channel(name, socket(type, port), codec);
        channels.add(channel);
        return channel;
    }

    /** Watches the launcher named by JPY_PARENT_PID, or else whether the connection is abandoned. */
    private void watchParentOrConnection() {
        Map<String, String> environment = System.getenv();
        var parent = ParentWatch.parentOf(environment);
        if (parent.isPresent()) {
            ParentWatch.watch(parent.get(), () -> leave("the process that started the kernel ("
                    + ParentWatch.VARIABLE + " " + parent.get().pid() + ") is gone"));
            return;
        }
        long grace = ConnectionWatch.graceSeconds(environment);
        if (grace > 0) {
            ConnectionWatch watch = new ConnectionWatch(TimeUnit.SECONDS.toNanos(grace), () -> running,
                    () -> leave("no client has been connected for " + grace + " s"));
            ports.keySet().forEach(watch::watch);
            start("jawait-connection-watch", watch);
        }
    }

    /** A new socket with the kernel's options, to bind to {@code port} (later, so that every connection gets them). */
    private ZMQ.Socket socket(SocketType type, int port) {
        ZMQ.Socket socket = withKernelOptions(context.createSocket(type), type);
        ports.put(socket, port);
        return socket;
    }

    /** Sets the kernel's options on a new socket of {@code type}: no silent drops, sends that can stop waiting. */
    static ZMQ.Socket withKernelOptions(ZMQ.Socket socket, SocketType type) {
        socket.setLinger(1000);
        socket.setMaxMsgSize(4 * MAX_MESSAGE_BYTES);
        socket.setSendTimeOut(Channel.SEND_TIMEOUT_MILLIS);
        if (type == SocketType.ROUTER) {
            socket.setRouterHandover(true); // a reconnecting client keeps its identity
            socket.setRouterMandatory(true); // a reply that cannot go out is logged (and dropped: Channel), not silent
        }
        if (type == SocketType.PUB) {
            socket.setXpubNoDrop(true); // a full subscriber makes sends wait: back-pressure, not loss
            socket.setSndHWM(IOPUB_HIGH_WATER_MARK);
        }
        return socket;
    }

    private void start(String name, Runnable loop) {
        Thread thread = new Thread(loop, name);
        thread.setDaemon(true);
        thread.start();
        threads.add(thread);
    }

    /** Stops the loops (after the current reply); {@link #awaitShutdown()} then returns. */
    public void requestShutdown(boolean restartRequested) {
        restart = restartRequested;
        running = false;
        stopped.countDown();
    }

    /**
     * Shuts down for a reason of the kernel's own (its launcher gone, its connection abandoned),
     * as a {@code shutdown_request} would; if that has not finished after {@value #LEAVE_SECONDS} s
     * (a cell that does not stop, nobody in {@link #awaitShutdown}), halts the JVM.
     */
    private void leave(String why) {
        KernelLog.warn(why + ": shutting down");
        requestShutdown(false);
        Thread.ofPlatform().daemon().name("jawait-leave").start(() -> {
            try {
                if (!closed.await(LEAVE_SECONDS, TimeUnit.SECONDS)) {
                    KernelLog.warn("the shutdown did not finish in " + LEAVE_SECONDS + " s: halting the JVM");
                    Runtime.getRuntime().halt(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /**
     * Waits for a {@code shutdown_request}, then stops the running cell, the session and the
     * sockets; what is still queued for IOPub is sent first (for at most 2 s). Returns whether a
     * restart was asked for (the front end restarts the process).
     */
    public boolean awaitShutdown() throws InterruptedException {
        stopped.await();
        Session session = sessions.ifStarted();
        if (session != null) {
            session.interrupt();
        }
        for (Channel channel : channels) {
            if (!channel.name().equals("iopub")) {
                channel.stopWaiting(); // a reply nobody reads must not hold the loops
            }
        }
        for (Thread thread : threads) {
            thread.join(2000);
        }
        if (session != null) {
            session.close();
        }
        history.close();
        iopub.close(2000);
        context.close();
        KernelLog.info("shut down" + (restart ? " for a restart" : ""));
        KernelLog.flush();
        closed.countDown();
        return restart;
    }
}
