package dev.jawait.bench;

import java.util.List;

/**
 * The interrupt matrix (benchmarks.md): each kind of running cell, as jawait runs it and as the
 * stock JShell anchor runs it. The stock snippets block on what {@link Pending} holds and their
 * loops read its release flag, so that one that {@code JShell.stop()} does not end can be
 * released; jawait's cells are the plain code a user types.
 *
 * <p>Immutable.
 */
final class InterruptKinds {
    /** Depth 2,000 on the way down; the last 40 levels branch, so it never finishes. */
    static final String DEEP = "long deep(int n) { return n == 0 ? 1 : deep(n - 1) + (n > 40 ? 0 : deep(n - 1)); }";
    static final String DEEP_STOCK = "long deep(int n) { return n == 0 || dev.jawait.bench.Pending.released ? 1"
            + " : deep(n - 1) + (n > 40 ? 0 : deep(n - 1)); }";
    private static final String P = "dev.jawait.bench.Pending.";

    /** What the jawait cells use, declared once in the session. */
    static final List<String> JAWAIT_SETUP = List.of(DEEP,
            "Flow.Publisher<Integer> silent = s -> s.onSubscribe(new Flow.Subscription() {"
                    + " public void request(long n) {} public void cancel() {} });",
            "var server = new ServerSocket(0);",
            "var lock = new java.util.concurrent.locks.ReentrantLock();\nThread.ofPlatform().start(lock::lock).join();");

    /**
     * One kind.
     *
     * @param name     as in the table
     * @param jawait   the cell's code under test
     * @param stock    the stock snippet's code under test
     * @param call     where jawait's cell blocks ({@code Session.cellThreads()}: a call it waits in,
     *                 "await" for an await), or null for code that runs
     * @param stockAt  a frame (class.method prefix) the stock snippet's thread is in once it blocks, or null
     */
    record Kind(String name, String jawait, String stock, String call, String stockAt) {}

    static final List<Kind> ALL = List.of(
            new Kind("loop", "while (true) { }", "while (!" + P + "released) { }", null, null),
            new Kind("recursion", "deep(2_000)", "deep(2_000)", null, null),
            new Kind("sleep", "Thread.sleep(600_000)", "Thread.sleep(600_000)",
                    "java.lang.Thread.sleep", "java.lang.Thread.sleep"),
            new Kind("get", "new CompletableFuture<String>().get()", P + "future.get()",
                    "java.util.concurrent.CompletableFuture.get", "java.util.concurrent.CompletableFuture.get"),
            new Kind("join", "new CompletableFuture<String>().join()", P + "future.join()",
                    "java.util.concurrent.CompletableFuture.join", "java.util.concurrent.CompletableFuture.join"),
            new Kind("await", "await new CompletableFuture<String>()", "dev.jawait.runtime.Await.await(" + P + "future)",
                    "await", "dev.jawait.runtime.Await.await"),
            new Kind("wait", "Object o = new Object(); synchronized (o) { o.wait(); }",
                    "synchronized (" + P + "monitor) { while (!" + P + "released) " + P + "monitor.wait(); }",
                    "java.lang.Object.wait", "java.lang.Object.wait"),
            new Kind("for await", "for await (var x : silent) { }",
                    "for (var x : dev.jawait.runtime.Await.each(" + P + "silent)) { }", "await", "dev.jawait.runtime.AsyncStream"),
            new Kind("finally-loop", "try { while (true) { } } finally { while (true) { } }",
                    "try { while (!" + P + "released) { } } finally { while (!" + P + "released) { } }", null, null),
            new Kind("catch-Throwable loop",
                    "while (true) { try { long q = 1; while (q != 0) q = q * 3 + 1 | 1; } catch (Throwable e) { } }",
                    "while (!" + P + "released) { try { long q = 1; while (q != 0 && !" + P + "released) q = q * 3 + 1 | 1; }"
                            + " catch (Throwable e) { } }", null, null),
            new Kind("swallowed InterruptedException",
                    "while (true) { try { Thread.sleep(600_000); } catch (InterruptedException e) { } }",
                    "while (!" + P + "released) { try { Thread.sleep(600_000); } catch (InterruptedException e) { } }",
                    "java.lang.Thread.sleep", "java.lang.Thread.sleep"),
            // an interrupt closes the socket a virtual thread waits on: each run has its own
            new Kind("accept", "ServerSocket s = new ServerSocket(0); s.accept()", P + "server.accept()",
                    "java.net.ServerSocket.accept", "java.net.ServerSocket.accept"),
            new Kind("read", "Socket c = new Socket(\"localhost\", server.getLocalPort()); Socket p = server.accept();"
                    + " c.getInputStream().read()", P + "client.getInputStream().read()",
                    "java.net.Socket$SocketInputStream.read", "java.net.Socket$SocketInputStream.read"),
            new Kind("lock", "lock.lock()", P + "lock.lock()",
                    "java.util.concurrent.locks.ReentrantLock.lock", "java.util.concurrent.locks.ReentrantLock.lock"));

    private InterruptKinds() {}
}
