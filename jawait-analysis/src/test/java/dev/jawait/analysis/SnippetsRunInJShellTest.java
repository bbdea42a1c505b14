package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snippets of a cell are what JShell accepts one at a time: each one is evaluated in an
 * in-process JShell (with a completed-future-only stub of the runtime's {@code Await}) and must
 * be valid, and a final bare expression must produce a value.
 */
class SnippetsRunInJShellTest {

    private static final String STUB = """
            package dev.jawait.runtime;
            import java.util.concurrent.*;
            public final class Await {
                public static <T> Awaited<T> jawait$await(CompletableFuture<T> f) { return new Awaited<>(f.join()); }
                public record Awaited<T>(T value) { }
                public static <T> AsyncStream<T> jawait$each(java.util.List<T> items) { return new AsyncStream<>(items); }
                public static <T extends Throwable> void declare() throws T { }
                public static final class AsyncStream<T> implements Iterable<T>, AutoCloseable {
                    private final java.util.List<T> items;
                    AsyncStream(java.util.List<T> items) { this.items = items; }
                    public java.util.Iterator<T> iterator() { return items.iterator(); }
                    public void close() { }
                }
            }
            """;

    @TempDir
    static Path classes;

    private static JShell shell;

    @BeforeAll
    static void startShell() {
        JavaFileObject stub = new SimpleJavaFileObject(URI.create("string:///dev/jawait/runtime/Await.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return STUB;
            }
        };
        boolean ok = ToolProvider.getSystemJavaCompiler()
                .getTask(null, null, null, List.of("-d", classes.toString()), null, List.of(stub)).call();
        assertTrue(ok);
        shell = JShell.builder().executionEngine("local").build();
        shell.addToClasspath(classes.toString());
        shell.eval("import java.util.*;");
        shell.eval("import java.util.concurrent.*;");
        shell.eval("import static dev.jawait.runtime.Await.*;");
    }

    @AfterAll
    static void closeShell() {
        shell.close();
    }

    /** Evaluates every snippet; returns the value of each one, failing on any rejected snippet. */
    private static List<String> run(String cell) {
        CellAnalysis analysis = CellAnalyzer.analyze(cell);
        assertEquals(Completeness.COMPLETE, analysis.completeness(), cell);
        List<String> values = new ArrayList<>();
        for (SnippetSource s : analysis.snippets()) {
            List<SnippetEvent> events = shell.eval(s.code());
            assertEquals(s.code().strip().length(), shell.sourceCodeAnalysis().analyzeCompletion(s.code()).source().strip().length(),
                    () -> "JShell would split " + s.code());
            for (SnippetEvent e : events) {
                assertTrue(e.status() == Snippet.Status.VALID || e.status() == Snippet.Status.OVERWRITTEN,
                        () -> s.code() + " -> " + e.status() + " " + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                assertTrue(e.exception() == null, () -> s.code() + " threw " + e.exception());
            }
            values.add(events.isEmpty() ? null : events.get(0).value());
        }
        return values;
    }

    @Test
    void declarationsStatementsAndExpressions() {
        List<String> values = run("""
                int[] a = {1, 2}
                var f = CompletableFuture.completedFuture("x")
                String s = await f
                int await = 3
                record P(int x, int y) {}
                int twice(int v) {
                  return v * 2;
                }
                P p = new P(1,
                    2)
                StringBuilder sb = new StringBuilder()
                for await (var item : List.of("a", "b")) {
                  sb.append(item);
                }
                if (a.length > 1) {
                  sb.append("!");
                }
                else {
                  sb.append("?");
                }
                Runnable r = () -> {
                  sb.append(await f);
                }
                r.run()
                twice(await + 1) + a[1]
                sb.toString()
                  .length()
                """);
        assertEquals("10", values.get(values.size() - 2));
        assertEquals("4", values.get(values.size() - 1)); // "ab!x"
    }

    @Test
    void theValueOfAnAwaitIsShown() {
        List<String> values = run("var f = CompletableFuture.completedFuture(41)\nawait f + 1");
        assertEquals("42", values.get(1));
    }

    @Test
    void tryAndCatchOfACheckedException() {
        run("""
                var f = CompletableFuture.completedFuture("x")
                try {
                  await f;
                } catch (java.io.IOException | TimeoutException e) {
                  throw new RuntimeException(e);
                }
                """);
    }
}
