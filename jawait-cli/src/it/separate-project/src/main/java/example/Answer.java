package example;

import dev.jawait.CellResult;
import dev.jawait.Session;

/** Awaits a future in a jawait session and prints the value. */
public final class Answer {
    private Answer() {}

    /** Prints 42, or the result that is not a value and exits with 1. */
    public static void main(String[] args) {
        try (Session session = Session.builder().runner("virtual").build()) {
            CellResult result = session.execute("await CompletableFuture.completedFuture(42)");
            if (result instanceof CellResult.Value value) {
                System.out.println(value.text());
            } else {
                System.out.println(result);
                System.exit(1);
            }
        }
    }
}
