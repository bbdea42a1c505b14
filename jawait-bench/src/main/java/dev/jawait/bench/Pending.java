package dev.jawait.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What the stock-JShell snippets of the interrupt matrix block on, held here so the benchmark can
 * release a snippet that {@code JShell.stop()} did not end (and go on measuring the next kind):
 * a future, a monitor, sockets, a lock, a silent publisher, and a flag the loops read.
 *
 * <p>Thread-safe; static state of one benchmark process.
 */
public final class Pending {
    /** Read by the loops of the stock snippets: set when the benchmark gives up on one. */
    public static volatile boolean released;
    /** The thread running the stock snippet, set by the snippet. */
    public static volatile Thread ranOn;
    /** Counted down by a stock snippet when it gets to the code under test. */
    public static volatile CountDownLatch reached = new CountDownLatch(1);
    /** Awaited, joined and got by stock snippets. */
    public static volatile CompletableFuture<String> future = new CompletableFuture<>();
    /** Waited on by the stock "wait" snippet. */
    public static final Object monitor = new Object();
    /** A server nobody connects to, and a connected client nobody writes to. */
    public static ServerSocket server;
    public static Socket client;
    /** A lock held by another thread until the benchmark releases it (then the snippet may keep it: a new one). */
    public static volatile ReentrantLock lock = new ReentrantLock();
    /** A publisher that never emits until released. */
    public static volatile Flow.Subscriber<? super Integer> subscriber;
    public static final Flow.Publisher<Integer> silent = s -> {
        subscriber = s;
        s.onSubscribe(new Flow.Subscription() {
            @Override public void request(long n) { }
            @Override public void cancel() { }
        });
    };

    private static Socket peer;
    private static CountDownLatch unlock = new CountDownLatch(1);

    private Pending() {}

    /** Opens the sockets and has another thread take the lock; call once before the stock kinds. */
    static void prepare() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        try (ServerSocket acceptor = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            client = new Socket(InetAddress.getLoopbackAddress(), acceptor.getLocalPort());
            peer = acceptor.accept();
        }
        holdTheLock();
    }

    /** A fresh marker, and a fresh future (an interrupted await cancels the one it awaited), for the next run. */
    static void nextRun() {
        reached = new CountDownLatch(1);
        future = new CompletableFuture<>();
    }

    /**
     * Ends whatever a stock snippet blocks in: the flag, the future, the monitor, the publisher,
     * the sockets (reopened for the next kind), the lock (taken again), and an interrupt of the
     * evaluating thread for a sleep whose interrupt is swallowed.
     */
    static void release(Thread evaluator) throws Exception {
        released = true;
        CompletableFuture<String> old = future;
        future = new CompletableFuture<>();
        old.complete("released");
        synchronized (monitor) {
            monitor.notifyAll();
        }
        Flow.Subscriber<? super Integer> s = subscriber;
        if (s != null) {
            s.onComplete();
        }
        server.close();
        client.close();
        peer.close();
        unlock.countDown();
        evaluator.interrupt();
    }

    /** After a release, once the snippet has ended: ready for the next kind. */
    static void rearm() throws Exception {
        released = false;
        subscriber = null;
        prepare();
    }

    private static void holdTheLock() throws InterruptedException {
        ReentrantLock lock = new ReentrantLock();
        Pending.lock = lock;
        unlock = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch until = unlock;
        Thread.ofPlatform().daemon().name("bench-lock-holder").start(() -> {
            lock.lock();
            try {
                held.countDown();
                until.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        held.await();
    }

    static void closeQuietly() {
        try {
            server.close();
            client.close();
            peer.close();
        } catch (IOException e) {
            // the benchmark is over
        }
    }
}
