package dev.jawait.kernel.internal;

import dev.jawait.Session;
import dev.jawait.SessionBuilder;
import dev.jawait.history.HistoryStore;
import dev.jawait.runtime.Display;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Binds the five sockets of a connection file and runs the kernel: heartbeat, control and shell
 * each on their own thread, IOPub shared, the session built in the background.
 *
 * <p>Thread-safe: {@link #requestShutdown} may be called from any thread.
 */
public final class KernelServer {
    /** Messages larger than this (all frames) are refused with an error reply. */
    public static final long MAX_MESSAGE_BYTES = Long.getLong("jawait.kernel.maxMessageBytes", 64L << 20);

    private final ZContext context = new ZContext();
    private final List<Thread> threads = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
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
        Channel shell = channel("shell", SocketType.ROUTER, info, info.shellPort(), codec);
        Channel control = channel("control", SocketType.ROUTER, info, info.controlPort(), codec);
        Channel stdin = channel("stdin", SocketType.ROUTER, info, info.stdinPort(), codec);
        Iopub iopub = new Iopub(channel("iopub", SocketType.PUB, info, info.iopubPort(), codec));
        ZMQ.Socket hb = bind(SocketType.REP, info, info.hbPort());

        CellOutput output = new CellOutput(iopub);
        Display.install(output);
        sessions = new SessionStarter(() -> configure.apply(Session.builder().standard().history(history)
                .outputListener(output)).build());
        ExecuteHandler execute = new ExecuteHandler(sessions, iopub, output);
        System.setIn(new KernelStdin(new StdinChannel(stdin), execute::reader));
        Dispatcher dispatcher = new Dispatcher(iopub, execute, new CodeAssistHandler(sessions),
                new HistoryHandler(history, sessions), this::requestShutdown);

        start("jawait-heartbeat", new Heartbeat(hb, () -> running));
        start("jawait-control", new RequestLoop(control, dispatcher, () -> running));
        start("jawait-shell", new RequestLoop(shell, dispatcher, () -> running));
        iopub.status(null, "starting");
        KernelLog.info("listening on " + info.endpoint(info.shellPort()) + " (shell)");
    }

    private Channel channel(String name, SocketType type, ConnectionInfo info, int port, WireCodec codec) {
        return new Channel(name, bind(type, info, port), codec);
    }

    private ZMQ.Socket bind(SocketType type, ConnectionInfo info, int port) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        socket.setMaxMsgSize(4 * MAX_MESSAGE_BYTES);
        if (type == SocketType.ROUTER) {
            socket.setRouterHandover(true); // a reconnecting client keeps its identity
        }
        socket.bind(info.endpoint(port));
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
     * Waits for a {@code shutdown_request}, then stops the running cell, the session and the
     * sockets. Returns whether a restart was asked for (the front end restarts the process).
     */
    public boolean awaitShutdown() throws InterruptedException {
        stopped.await();
        Session session = sessions.ifStarted();
        if (session != null) {
            session.interrupt();
        }
        for (Thread thread : threads) {
            thread.join(2000);
        }
        if (session != null) {
            session.close();
        }
        history.close();
        context.close();
        KernelLog.info("shut down" + (restart ? " for a restart" : ""));
        return restart;
    }
}
