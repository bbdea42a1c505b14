package dev.jawait.runtime;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Combines stages into one future of all their results, in order. Stateless. */
final class Gather {

    private Gather() {}

    static <T> CompletableFuture<List<T>> all(List<? extends CompletionStage<? extends T>> stages) {
        int count = stages.size();
        if (count == 0) {
            return CompletableFuture.completedFuture(List.of());
        }
        CompletableFuture<List<T>> all = new CompletableFuture<>();
        Object[] values = new Object[count];
        AtomicInteger remaining = new AtomicInteger(count);
        for (int i = 0; i < count; i++) {
            int index = i;
            stages.get(i).whenComplete((value, error) -> {
                if (error != null) {
                    all.completeExceptionally(Throwables.unwrap(error));
                } else {
                    values[index] = value; // published by the decrement below
                    if (remaining.decrementAndGet() == 0) {
                        @SuppressWarnings("unchecked")
                        List<T> results = (List<T>) Collections.unmodifiableList(Arrays.asList(values));
                        all.complete(results);
                    }
                }
            });
        }
        all.whenComplete((value, error) -> {
            if (all.isCancelled()) {
                for (CompletionStage<? extends T> stage : stages) {
                    if (stage instanceof Future<?> future) {
                        future.cancel(true);
                    }
                }
            }
        });
        return all;
    }
}
