package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jawait.testing.Background;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code await} on CompletableFuture, CompletionStage and Future. */
class AwaitFutureTest {

    @Test
    void keepsTheStaticTypeOfEachKind() {
        var s = Await.await(CompletableFuture.completedFuture("x"));
        String fromCompletableFuture = s;
        CompletionStage<Integer> stage = CompletableFuture.completedFuture(4);
        int fromStage = Await.await(stage);
        Future<List<String>> future = CompletableFuture.completedFuture(List.of("a"));
        List<String> fromFuture = Await.await(future);

        assertEquals(1, fromCompletableFuture.length());
        assertEquals(4, fromStage);
        assertEquals(List.of("a"), fromFuture);
    }

    @Test
    void completedFutureIsAnsweredWithoutParking() {
        // an interrupted thread would throw InterruptedException if await parked or checked
        Thread.currentThread().interrupt();
        try {
            assertEquals("done", Await.await(CompletableFuture.completedFuture("done")));
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is left alone");
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void waitsForAFutureCompletedLater() throws Exception {
        var future = new CompletableFuture<String>();
        var waiter = Background.virtual(() -> Await.await(future)).awaitParked();
        future.complete("later");
        assertEquals("later", waiter.value());
    }

    @Test
    void rethrowsTheOriginalCheckedExceptionCaughtThroughDeclare() {
        var original = new IOException("disk gone");
        try {
            Await.<IOException>declare();
            Await.await(CompletableFuture.failedFuture(original));
            fail("await should have thrown");
        } catch (IOException e) {
            assertSame(original, e);
        }
    }

    @Test
    void unwrapsNestedCompletionAndExecutionExceptions() {
        var original = new IllegalArgumentException("bad");
        var wrapped = new CompletionException(new ExecutionException(new CompletionException(original)));
        var thrown = assertThrows(IllegalArgumentException.class,
                () -> Await.await(CompletableFuture.failedFuture(wrapped)));
        assertSame(original, thrown);
    }

    @Test
    void rethrowsFailureOfADependentStageAsTheOriginal() {
        var original = new IOException("upstream");
        CompletableFuture<String> source = new CompletableFuture<>();
        CompletableFuture<Integer> dependent = source.thenApply(String::length);
        source.completeExceptionally(original);
        var thrown = assertThrows(IOException.class, () -> Await.await(dependent));
        assertSame(original, thrown);
    }

    @Test
    void rethrowsErrorsAndFutureTaskFailuresUnchanged() {
        var error = new StackOverflowError("deep");
        assertSame(error, assertThrows(StackOverflowError.class, () -> Await.await(CompletableFuture.failedFuture(error))));

        var original = new IOException("from a task");
        FutureTask<String> task = new FutureTask<>(() -> { throw original; });
        task.run();
        assertSame(original, assertThrows(IOException.class, () -> Await.await((Future<String>) task)));
    }

    @Test
    void cancelledFutureGivesCancellationException() {
        var future = new CompletableFuture<String>();
        future.cancel(true);
        assertThrows(CancellationException.class, () -> Await.await(future));
    }

    @Test
    void stageWithoutToCompletableFutureStillWorks() {
        assertEquals("v", Await.await(opaque(CompletableFuture.completedFuture("v"))));

        var original = new IOException("opaque failure");
        var thrown = assertThrows(IOException.class, () -> Await.await(opaque(CompletableFuture.failedFuture(original))));
        assertSame(original, thrown);
    }

    @Test
    void interruptCancelsTheAwaitedCompletableFuture() throws Exception {
        var future = new CompletableFuture<String>();
        var waiter = Background.virtual(() -> Await.await(future)).awaitParked();
        waiter.thread.interrupt();
        assertInstanceOf(InterruptedException.class, waiter.failure());
        assertTrue(future.isCancelled());
    }

    @Test
    void interruptCancelsTheAwaitedFutureAndItsTask() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            var taskInterrupted = new CountDownLatch(1);
            var taskRunning = new CountDownLatch(1);
            Future<String> future = pool.submit(() -> {
                try {
                    taskRunning.countDown();
                    Thread.sleep(60_000);
                    return "slept";
                } catch (InterruptedException e) {
                    taskInterrupted.countDown();
                    throw e;
                }
            });
            // a task cancelled before the pool starts it never runs: wait until it does
            assertTrue(taskRunning.await(10, TimeUnit.SECONDS), "the task started");
            var waiter = Background.virtual(() -> Await.await(future)).awaitParked();
            waiter.thread.interrupt();
            assertInstanceOf(InterruptedException.class, waiter.failure());
            assertTrue(future.isCancelled());
            assertTrue(taskInterrupted.await(10, TimeUnit.SECONDS), "cancel(true) interrupts the running task");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void interruptedInterruptedExceptionCanBeCaughtThroughDeclare() throws Exception {
        var future = new CompletableFuture<String>();
        var waiter = Background.virtual(() -> {
            try {
                Await.<InterruptedException>declare();
                return Await.await(future);
            } catch (InterruptedException e) {
                return "caught";
            }
        }).awaitParked();
        waiter.thread.interrupt();
        assertEquals("caught", waiter.value());
    }

    @Test
    void nullIsRejectedWithAClearMessage() {
        var thrown = assertThrows(NullPointerException.class, () -> Await.await((CompletableFuture<String>) null));
        assertTrue(thrown.getMessage().contains("await"));
    }

    /** A CompletionStage that is not a Future and whose toCompletableFuture() is unsupported. */
    @SuppressWarnings("unchecked")
    private static <T> CompletionStage<T> opaque(CompletableFuture<T> delegate) {
        CompletionStage<T> minimal = delegate.minimalCompletionStage();
        return (CompletionStage<T>) Proxy.newProxyInstance(AwaitFutureTest.class.getClassLoader(),
                new Class<?>[] {CompletionStage.class}, (proxy, method, args) -> {
                    if (method.getName().equals("toCompletableFuture")) {
                        throw new UnsupportedOperationException();
                    }
                    try {
                        return method.invoke(minimal, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
