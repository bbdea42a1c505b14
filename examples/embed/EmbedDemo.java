import dev.jawait.repl.Jawait;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A program that is busy with asynchronous work and opens jawait from a virtual thread, binding
 * two of its values. Run it with jawait-repl and jawait-core (and their dependencies) on the class
 * path, e.g. {@code java -cp "$(cat cp.txt)" examples/embed/EmbedDemo.java}; the tests run it so.
 */
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
