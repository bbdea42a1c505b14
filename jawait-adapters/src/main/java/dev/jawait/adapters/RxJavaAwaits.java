package dev.jawait.adapters;

import dev.jawait.runtime.AsyncStream;
import dev.jawait.runtime.Await;
import dev.jawait.runtime.Awaited;
import io.reactivex.rxjava3.core.BackpressureStrategy;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Maybe;
import io.reactivex.rxjava3.core.Observable;
import io.reactivex.rxjava3.core.Single;

/**
 * RxJava 3: {@code await} gives a {@link Single}'s value, a {@link Maybe}'s value or
 * {@code null}, and {@code null} (a {@code Void}) when a {@link Completable} completes;
 * {@code for await} iterates a {@link Flowable} or an {@link Observable} (buffered, as
 * {@code toFlowable(BUFFER)}). Awaiting a {@code Flowable}/{@code Observable} is an error that
 * points to {@code for await} or a collecting operator. Interrupting the wait disposes the subscription.
 *
 * <p>Stateless and thread-safe.
 */
public final class RxJavaAwaits {
    private RxJavaAwaits() {}

    /** What {@code await} does with a {@code Single} (called by the rewritten cell, see the class comment). */
    public static <T> Awaited<T> jawait$await(Single<T> single) {
        return Awaited.of(Await.await(Streams.flow(single.toFlowable())));
    }

    /** What {@code await} does with a {@code Maybe} (called by the rewritten cell, see the class comment). */
    public static <T> Awaited<T> jawait$await(Maybe<T> maybe) {
        return Awaited.of(Await.await(Streams.flow(maybe.toFlowable())));
    }

    /** What {@code await} does with a {@code Completable} (called by the rewritten cell, see the class comment). */
    public static Awaited<Void> jawait$await(Completable completable) {
        return Awaited.of(Await.await(Streams.flow(completable.<Void>toFlowable())));
    }

    /** Always fails: a {@code Flowable} is a stream. */
    public static <T> Awaited<T> jawait$await(Flowable<T> flowable) {
        throw Streams.notASingleValue(flowable, "flowable.toList(), firstOrError() or lastOrError()");
    }

    /** Always fails: an {@code Observable} is a stream. */
    public static <T> Awaited<T> jawait$await(Observable<T> observable) {
        throw Streams.notASingleValue(observable, "observable.toList(), firstOrError() or lastOrError()");
    }

    /** What {@code for await} iterates for a {@code Flowable} (called by the rewritten cell, see the class comment). */
    public static <T> AsyncStream<T> jawait$each(Flowable<T> flowable) {
        return Await.each(Streams.flow(flowable));
    }

    /** What {@code for await} iterates for a {@code Observable} (called by the rewritten cell, see the class comment). */
    public static <T> AsyncStream<T> jawait$each(Observable<T> observable) {
        return Await.each(Streams.flow(observable.toFlowable(BackpressureStrategy.BUFFER)));
    }
}
