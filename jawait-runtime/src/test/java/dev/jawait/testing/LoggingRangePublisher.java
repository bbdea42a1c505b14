package dev.jawait.testing;

import java.util.List;
import java.util.concurrent.Flow;

/**
 * A synchronous publisher of 1..count that honours demand and writes every request, item,
 * cancel and completion to a shared log, so that a test can check their order.
 */
public final class LoggingRangePublisher implements Flow.Publisher<Integer> {

    private final int count;
    private final List<String> log;

    public LoggingRangePublisher(int count, List<String> log) {
        this.count = count;
        this.log = log;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Integer> subscriber) {
        subscriber.onSubscribe(new Flow.Subscription() {
            private int next = 1;
            private boolean done;

            @Override
            public void request(long n) {
                log.add("request " + n);
                for (long i = 0; i < n && !done; i++) {
                    if (next > count) {
                        done = true;
                        log.add("complete");
                        subscriber.onComplete();
                        return;
                    }
                    log.add("emit " + next);
                    subscriber.onNext(next++);
                }
                if (next > count && !done) {
                    done = true;
                    log.add("complete");
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                done = true;
                log.add("cancel");
            }
        });
    }
}
