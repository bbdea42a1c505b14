package dev.jawait.bench;

import dev.jawait.runtime.Await;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.execution.LocalExecutionControlProvider;

/** The anchor: plain JShell API with the stock local execution engine, in this JVM. */
final class StockShell {
    private StockShell() {}

    /**
     * The imports of the {@code jshell} tool's DEFAULT start-up: what a JShell user compiles
     * against, and what a jawait session imports too (with its own {@code Duration}, {@code Runner}
     * and helpers, whose cost is jawait's and not imported here).
     */
    static final List<String> JSHELL_DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*",
            "java.nio.file.*", "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*",
            "java.util.regex.*", "java.util.stream.*");

    /** A JShell with the local engine, jshell's default imports, jawait's runtime and this module on its class path. */
    static JShell create() throws Exception {
        JShell shell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), Map.of()).build();
        shell.addToClasspath(location(Await.class));
        shell.addToClasspath(location(StockShell.class));
        for (String name : JSHELL_DEFAULT_IMPORTS) {
            eval(shell, "import " + name + ";", null);
        }
        // what jawait rewrites `await E` to, and the import that resolves it in every session
        shell.eval("import static dev.jawait.runtime.AwaitCalls.*;");
        return shell;
    }

    /** Evaluates one snippet; fails unless it is valid and (when non-null) shows {@code expected}. */
    static String eval(JShell shell, String code, String expected) {
        List<SnippetEvent> events = shell.eval(code);
        SnippetEvent last = events.getFirst(); // the new snippet; later events are the ones it replaced
        if (last.status() != Snippet.Status.VALID || last.exception() != null
                || (expected != null && !expected.equals(last.value()))) {
            throw new IllegalStateException("stock JShell: " + code + " gave " + last.status() + " "
                    + last.value() + " " + last.exception());
        }
        return last.value();
    }

    private static String location(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
