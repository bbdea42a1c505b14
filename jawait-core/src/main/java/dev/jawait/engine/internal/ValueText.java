package dev.jawait.engine.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

/**
 * Renders a value as text the way JShell does ({@code "x"} quoted, {@code 'c'}, arrays spelled
 * out), except that futures and streams are described, never awaited:
 * {@code CompletableFuture[pending]}, {@code CompletableFuture[completed: 42]}; a class the user
 * declared is named as declared ({@code C@5ab9e72c}, as JShell shows it), not by its wrapper.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValueText {
    private ValueText() {}

    public static String of(Object value) {
        return WrapperNames.clean(raw(value));
    }

    private static String raw(Object value) {
        return switch (value) {
            case CompletableFuture<?> future -> describe(future);
            case Future<?> future -> describe(future);
            case Flow.Publisher<?> publisher -> publisher.getClass().getSimpleName() + "[stream]";
            case null, default -> safeJShellText(value);
        };
    }

    private static String describe(Future<?> future) {
        String name = future.getClass().getSimpleName().isEmpty() ? "Future" : future.getClass().getSimpleName();
        return name + "[" + switch (future.state()) {
            case RUNNING -> "pending";
            case SUCCESS -> "completed: " + raw(future.resultNow());
            case FAILED -> "failed: " + future.exceptionNow();
            case CANCELLED -> "cancelled";
        } + "]";
    }

    private static String safeJShellText(Object value) {
        try {
            return JawaitExecutionControl.jshellText(value);
        } catch (RuntimeException | StackOverflowError e) {
            return value.getClass().getName() + " (toString() threw " + e + ")";
        }
    }
}
