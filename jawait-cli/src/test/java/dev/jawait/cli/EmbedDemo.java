package dev.jawait.cli;

import dev.jawait.Jawait;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** A program that is busy with asynchronous work and opens jawait from a virtual thread. */
public final class EmbedDemo {
    private EmbedDemo() {}

    public static void main(String[] args) throws Exception {
        CompletableFuture<String> job = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "done";
        });
        Thread thread = Thread.ofVirtual().start(() -> {
            Jawait.embed(Map.of("job", job, "answer", 42));
            System.out.println("embed returned");
        });
        thread.join();
        System.out.println("program goes on: " + job.join());
    }
}
