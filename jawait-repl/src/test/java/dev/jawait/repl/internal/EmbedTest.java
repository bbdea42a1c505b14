package dev.jawait.repl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code Jawait.embed()} in a real program (a child JVM, cells on its standard input): bound
 * values, the sync runner, awaiting the program's own work, a virtual thread, nesting.
 */
class EmbedTest {
    @Test
    void embedOpensAReplInsideARunningProgramAndNests() throws Exception {
        String cells = String.join("\n",
                "answer + 1",
                "await job",
                "%autoawait virtual",
                "await job",
                "Thread.currentThread().isVirtual()",
                "dev.jawait.repl.Jawait.embed(java.util.Map.of(\"inner\", \"nested\"))",
                "inner + \"!\"",
                "exit",
                "answer * 2",
                "exit",
                "");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Path.of("..", "examples", "embed", "EmbedDemo.java").toString())
                .redirectErrorStream(true).start();
        process.getOutputStream().write(cells.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        List<String> expected = List.of("Out[1]: 43", "autoawait is off", "Out[4]: \"done\"", "Out[5]: true",
                "Out[1]: \"nested!\"", "Out[7]: 84", "embed returned", "program goes on: done");
        int from = 0;
        for (String line : expected) {
            int at = output.indexOf(line, from);
            assertTrue(at >= 0, "expected `" + line + "` after position " + from + " in:\n" + output);
            from = at + line.length();
        }
    }
}
