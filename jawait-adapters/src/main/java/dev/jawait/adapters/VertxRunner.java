package dev.jawait.adapters;

import dev.jawait.runtime.Cell;
import dev.jawait.runtime.Runner;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Context;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code vertx} runner: runs each awaiting cell on a Vert.x virtual-thread context (a
 * verticle deployed with {@link ThreadingModel#VIRTUAL_THREAD} on the shared {@link #vertx()}
 * instance), so Vert.x APIs that need a context work and {@code await} of a Vert.x future
 * suspends the cell without holding the context. An interrupt of the thread waiting in
 * {@link #run} is passed on to the cell's thread.
 *
 * <p>Thread-safe; cells run one at a time on the context.
 */
public final class VertxRunner implements Runner {
    private static Vertx shared;
    private final Context context;

    VertxRunner() {
        CompletableFuture<Context> deployed = new CompletableFuture<>();
        vertx().deployVerticle(new AbstractVerticle() {
            @Override
            public void start() {
                deployed.complete(context);
            }
        }, new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).onFailure(deployed::completeExceptionally);
        try {
            this.context = deployed.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a Vert.x virtual-thread context: " + e, e);
        }
    }

    /** The Vert.x instance of jawait sessions in this JVM (created on first use); also {@code vertx()} in a session. */
    public static synchronized Vertx vertx() {
        if (shared == null) {
            shared = Vertx.vertx();
        }
        return shared;
    }

    @Override
    public Object run(Cell cell) throws Exception {
        CompletableFuture<Object> result = new CompletableFuture<>();
        AtomicReference<Thread> cellThread = new AtomicReference<>();
        context.runOnContext(ignored -> {
            cellThread.set(Thread.currentThread());
            try {
                result.complete(cell.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        while (true) {
            try {
                return result.get();
            } catch (InterruptedException e) {
                Thread thread = cellThread.get();
                if (thread != null) {
                    thread.interrupt();
                }
            } catch (ExecutionException e) {
                throw VertxRunner.<Exception>rethrow(e.getCause());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <X extends Throwable> X rethrow(Throwable t) throws X {
        throw (X) t;
    }

    @Override
    public String toString() {
        return "vertx";
    }
}
