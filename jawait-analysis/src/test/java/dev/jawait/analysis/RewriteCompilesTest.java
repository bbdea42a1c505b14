package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rewritten code is valid Java: each example is rewritten, put in a method body next to a stub
 * of the runtime's {@code Await} and compiled with javac.
 */
class RewriteCompilesTest {

    private static final String STUB = """
            package dev.jawait.runtime;
            import java.util.Iterator;
            import java.util.concurrent.*;
            public final class Await {
                public static <T> Awaited<T> jawait$await(CompletableFuture<T> f) { return null; }
                public static <T> Awaited<T> jawait$await(CompletionStage<T> f) { return null; }
                public static <T> Awaited<T> jawait$await(Future<T> f) { return null; }
                public static <T> Awaited<T> jawait$await(Flow.Publisher<T> p) { return null; }
                public static final class Awaited<T> { public T value() { return null; } }
                public static <T> AsyncStream<T> jawait$each(Flow.Publisher<T> p) { return new AsyncStream<>(); }
                public static <T extends Throwable> void declare() throws T { }
                public static final class AsyncStream<T> implements Iterable<T>, AutoCloseable {
                    public Iterator<T> iterator() { return java.util.Collections.emptyIterator(); }
                    public void close() { }
                }
            }
            """;

    private static final String CELL = """
            import java.io.*;
            import java.util.*;
            import java.util.concurrent.*;
            import static dev.jawait.runtime.Await.*;
            class Cell {
                static CompletableFuture<String> f;
                static CompletableFuture<CompletableFuture<String>> ff;
                static Flow.Publisher<String> p;
                static Flow.Publisher<Flow.Publisher<String>> pp;
                void run() throws Exception {
            %s
                }
                String viaMethod() {
            %s
                    return "";
                }
            }
            """;

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {
        "String s = await f; int n = await f.thenApply(String::length) + 1;",
        "int len = (await (await ff)).length();",
        "int len = await await ff == null ? 0 : 1;",
        "Object o = await switch (1) { default -> f; };",
        "String t = await (CompletableFuture<String>) (Object) f;",
        "String t = (String) await f;",
        "int await = 3; int y = await + 1;",
        "Runnable r = () -> System.out.println(await f);",
        "var r = (Runnable) () -> { String s = await f; };",
        "for await (String x : p) { System.out.println(x); }",
        "for await (var x : p) if (x.isEmpty()) System.out.println(); else System.out.println(x);",
        "if (f != null) for await (var x : p) System.out.println(x); else System.out.println();",
        "outer: for await (String x : p) {\n  for await (var y : pp) { if (y == null) continue outer; break outer; }\n}",
        "for await (var inner : pp) for await (var x : inner) System.out.println(x);",
        "for await (final String x : await f.thenApply(s -> p)) { System.out.println(await f + x); }",
        "try { String s = await f; } catch (IOException | TimeoutException e) { }",
        "try { for await (var x : p) { } } catch (IOException e) { }",
        "try (var r = new StringReader(await f)) { r.read(); } catch (IOException e) { } finally { }",
        "new Thread(new Runnable() { public void run() { String s = await f; } }).start();",
        "switch (1) { case 1: for await (var x : p) { } break; default: }",
    })
    void rewrittenExampleCompiles(String example) throws IOException {
        String body = AwaitRewriter.rewrite(example).code();
        assertEquals(Lines.count(example), Lines.count(body));
        List<String> errors = compile(CELL.formatted(body, body));
        assertTrue(errors.isEmpty(), () -> example + "\n=> " + body + "\n" + errors);
    }

    private List<String> compile(String cell) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "tests need a JDK");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Files.createDirectories(out);
        var task = javac.getTask(null, null, diagnostics, List.of("-d", out.toString(), "-proc:none"), null,
                List.of(source("dev/jawait/runtime/Await", STUB), source("Cell", cell)));
        task.call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> d.getLineNumber() + ": " + d.getMessage(null))
                .toList();
    }

    private static JavaFileObject source(String name, String text) {
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
    }
}
