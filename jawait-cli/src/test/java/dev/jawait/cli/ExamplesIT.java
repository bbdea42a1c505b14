package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The scripts in {@code examples/} run with {@code ./jawait run} (their {@code //DEPS} resolved
 * from Maven Central into the build's test-local repository), and {@code --deps} and
 * {@code %maven} as a new user would use them.
 */
class ExamplesIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private record Run(int status, String out, String err) {}

    private static Run jawait(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("jawait").toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "jawait did not finish");
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http-client.jsh", "reactor-pipeline.jsh", "rxjava-stream.jsh", "vertx-web-client.jsh"})
    void exampleRuns(String script) throws Exception {
        Run run = jawait("", "run", ROOT.resolve("examples").resolve(script).toString());
        assertEquals(0, run.status(), () -> script + "\nstdout:\n" + run.out() + "\nstderr:\n" + run.err());
    }

    @Test
    void theReactorExamplePrintsWhatItSays() throws Exception {
        Run run = jawait("", "run", ROOT.resolve("examples/reactor-pipeline.jsh").toString());
        assertEquals("HI\n[1, 9, 25, 49, 81]\nsum 165\n", run.out(), run.err());
    }

    @Test
    void depsOnTheCommandLineAndMavenInTheSessionAsANewUserTypesThem() throws Exception {
        String reactor = "io.projectreactor:reactor-core:" + System.getProperty("reactor.version", "3.8.8");
        Run withDeps = jawait("import reactor.core.publisher.*;\nawait Mono.just(\"hi\").delayElement(Duration.ofMillis(100))\n",
                "--deps", reactor);
        assertTrue(withDeps.out().contains("Out[2]: \"hi\""), withDeps.out() + withDeps.err());
        Run magic = jawait("%maven " + reactor + "\nimport reactor.core.publisher.*;\nawait Mono.just(\"hi\").delayElement(Duration.ofMillis(100))\n");
        assertTrue(magic.out().contains("Added to the class path: reactor-core-") || magic.out().contains("Already on the class path"),
                magic.out() + magic.err());
        assertTrue(magic.out().contains("Out[3]: \"hi\""), magic.out() + magic.err());
        Run bad = jawait("", "--deps", "not-a-coordinate");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("Bad Maven coordinates `not-a-coordinate`"), bad.err());
    }
}
