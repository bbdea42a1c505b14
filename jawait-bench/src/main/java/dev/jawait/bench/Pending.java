package dev.jawait.bench;

import java.util.concurrent.CompletableFuture;

/** A never-completed future that stock JShell snippets join, so the benchmark can release them. */
public final class Pending {
    /** Joined by the stock-JShell "join" snippet; completed by the benchmark after its timeout. */
    public static volatile CompletableFuture<String> future = new CompletableFuture<>();

    private Pending() {}

    static void release() {
        CompletableFuture<String> old = future;
        future = new CompletableFuture<>();
        old.complete("released");
    }
}
