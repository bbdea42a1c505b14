package dev.jawait.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RxJavaAwaitsTest extends LibrarySession {
    @Override
    String coordinates() {
        return "io.reactivex.rxjava3:rxjava:" + version("rxjava");
    }

    @Override
    String imports() {
        return "import io.reactivex.rxjava3.core.*; import io.reactivex.rxjava3.core.Observable; import java.util.concurrent.atomic.*;";
    }

    @Test
    void singleMaybeAndCompletableGiveTheirValuesWithStaticTypes() {
        ok("var s = await Single.just(\"abc\");");
        assertEquals("3", value("s.length()"));
        assertEquals("7", value("(await Maybe.just(6)) + 1"));
        assertEquals("null", value("await Maybe.<String>empty()"));
        ok("Void done = await Completable.complete();");
        assertEquals("\"later\"", value("await Single.just(\"later\").delay(50, java.util.concurrent.TimeUnit.MILLISECONDS)"));
    }

    @Test
    void failuresAreRethrownAsTheOriginalException() {
        assertInstanceOf(IOException.class, failure("await Single.<String>error(new IOException(\"a\"))"));
        assertInstanceOf(IOException.class, failure("await Completable.error(new IOException(\"b\"))"));
    }

    @Test
    void forAwaitOverFlowableAndObservableCancelsOnBreak() {
        ok("var flowableCancelled = new AtomicBoolean(); var fseen = new ArrayList<Integer>();");
        ok("for await (var x : Flowable.range(1, 1_000).doOnCancel(() -> flowableCancelled.set(true))) { fseen.add(x); if (x == 2) break; }");
        assertEquals("\"[1, 2] true\"", value("fseen + \" \" + flowableCancelled.get()"));
        ok("var observableDisposed = new AtomicBoolean(); var oseen = new ArrayList<Long>();");
        ok("for await (long x : Observable.interval(1, java.util.concurrent.TimeUnit.MILLISECONDS).doOnDispose(() -> observableDisposed.set(true))) { oseen.add(x); if (x == 2) break; }");
        assertEquals("\"[0, 1, 2] true\"", value("oseen + \" \" + observableDisposed.get()"));
    }

    @Test
    void awaitingAStreamPointsToForAwait() {
        Throwable flowable = failure("await Flowable.just(1, 2)");
        assertTrue(flowable.getMessage().contains("for await") && flowable.getMessage().contains("toList()"), flowable.getMessage());
        Throwable observable = failure("await Observable.just(1, 2)");
        assertTrue(observable.getMessage().contains("for await"), observable.getMessage());
    }

    @Test
    void interruptDisposesASingleThatNeverCompletes() throws Exception {
        ok("var disposed = new AtomicBoolean();");
        interruptWhileAwaiting("await Single.never().doOnDispose(() -> disposed.set(true))");
        assertEquals("true", value("disposed.get()"));
    }
}
