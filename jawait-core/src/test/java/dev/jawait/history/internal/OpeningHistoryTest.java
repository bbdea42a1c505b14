package dev.jawait.history.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jawait.history.HistoryEntry;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A store opened in the background behaves as the store itself once open. */
class OpeningHistoryTest {

    @Test
    void callsWaitForTheOpeningAndReachTheStore() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        InMemoryHistory real = new InMemoryHistory();
        HistoryStore opening = OpeningHistory.openInBackground(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real;
        });
        release.countDown();
        long session = opening.startSession();
        opening.record(session, 1, "int a = 1;", null);
        assertEquals(List.of(new HistoryEntry(session, 1, "int a = 1;", null)), real.range(session, 1, 0));
        assertEquals(1, opening.search("int*", 0, false).size());
    }

    @Test
    void aFailedOpeningIsReportedToTheCaller() {
        IllegalStateException failure = new IllegalStateException("no database");
        HistoryStore opening = OpeningHistory.openInBackground(() -> {
            throw failure;
        });
        assertSame(failure, assertThrows(CompletionException.class, opening::startSession).getCause());
    }

    @Test
    void aStoreOpenedOnFirstUseIsOpenedThenAndNeverIfUnused() {
        AtomicInteger openings = new AtomicInteger();
        HistoryStore unused = OpeningHistory.openOnFirstUse(() -> {
            openings.incrementAndGet();
            return new InMemoryHistory();
        });
        unused.close();
        assertEquals(0, openings.get(), "closing an unused store does not open it");

        HistoryStore used = OpeningHistory.openOnFirstUse(() -> {
            openings.incrementAndGet();
            return new InMemoryHistory();
        });
        assertEquals(0, openings.get(), "nothing opened before the first use");
        long session = used.startSession();
        used.record(session, 1, "1 + 1", "2");
        assertEquals(1, used.range(session, 1, 0).size());
        assertEquals(1, openings.get(), "opened once");
        used.close();
    }
}
