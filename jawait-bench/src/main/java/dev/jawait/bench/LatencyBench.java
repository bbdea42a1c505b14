package dev.jawait.bench;

import dev.jawait.CellResult;
import dev.jawait.Session;
import java.nio.file.Path;
import jdk.jshell.JShell;

/**
 * Figure 1: warm latency of one cell through {@code Session.execute} against the same statement
 * through the stock JShell API (local engine, the {@code jshell} tool's default imports) in this JVM. Evaluations alternate, the order
 * flipping each round; medians over the measured rounds. Each case gets a fresh session and
 * shell, because JShell's cost per snippet grows with the number of snippets it holds. A
 * three-snippet cell (against three {@code eval}s) and a six-line cell (a declaration, four
 * statements, a value: jawait joins the statements and the value into one snippet, see
 * {@code StatementRuns}) are measured as context with a fifth of the rounds.
 *
 * <p>Arguments: results file, warm-up rounds, measured rounds.
 */
public final class LatencyBench {
    private LatencyBench() {}

    public static void main(String[] args) throws Exception {
        Results results = new Results(Path.of(args[0]));
        int warm = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        compare(results, "trivial", "1 + 1", new String[] {"1 + 1"}, "2", warm, rounds);
        compare(results, "await", "await CompletableFuture.completedFuture(1)",
                new String[] {"jawait$await(CompletableFuture.completedFuture(1)).value()"}, "1", warm, rounds);
        compare(results, "three-snippets", "var q = new ArrayList<Integer>();\nfor (int i = 0; i < 3; i++) q.add(i);\nq.size()",
                new String[] {"var q = new ArrayList<Integer>();", "for (int i = 0; i < 3; i++) q.add(i);", "q.size()"},
                "3", warm / 5, rounds / 5);
        String[] lines = {"var list = new ArrayList<Integer>();", "for (int i = 0; i < 10; i++) list.add(i * i);",
            "list.removeIf(x -> x % 2 == 1);", "Collections.reverse(list);", "list.add(0, -1);",
            "list.stream().mapToInt(x -> x).sum()"};
        compare(results, "six-lines", String.join("\n", lines), lines, "119", warm / 5, rounds / 5);
        System.exit(0); // background pools of both engines must not keep the JVM alive
    }

    private static void compare(Results results, String name, String cell, String[] snippets, String expected,
                                int warm, int rounds) throws Exception {
        try (Session session = Session.builder().build(); JShell shell = StockShell.create()) {
            compare(results, name, session, cell, shell, snippets, expected, warm, rounds);
        }
    }

    private static void compare(Results results, String name, Session session, String cell, JShell shell,
                                String[] snippets, String expected, int warm, int rounds) throws Exception {
        Alternation.Samples samples = Alternation.run(warm, rounds, () -> timeJawait(session, cell, expected),
                () -> timeStock(shell, snippets, expected));
        results.record("latency." + name + ".jawait", "ms", samples.first(), "Session.execute(\"" + cell.replace("\n", "\\n") + "\")");
        results.record("latency." + name + ".jshell", "ms", samples.second(),
                "JShell.eval(\"" + String.join("\", \"", snippets) + "\"), local engine");
    }

    private static double timeJawait(Session session, String cell, String expected) {
        long t0 = System.nanoTime();
        CellResult result = session.execute(cell);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (!(result instanceof CellResult.Value value) || !expected.equals(value.text())) {
            throw new IllegalStateException("jawait: " + cell + " gave " + result);
        }
        return ms;
    }

    private static double timeStock(JShell shell, String[] snippets, String expected) {
        long t0 = System.nanoTime();
        for (int i = 0; i < snippets.length; i++) {
            StockShell.eval(shell, snippets[i], i == snippets.length - 1 ? expected : null);
        }
        return (System.nanoTime() - t0) / 1e6;
    }
}
