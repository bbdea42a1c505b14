package dev.jawait.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.JawaitException;
import dev.jawait.Session;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JShell's -J and -C options and --enable-preview: read once, for the JVM, the compiler and a kernelspec. */
class JavaFlagsTest {
    private static final String RELEASE = String.valueOf(Runtime.version().feature());

    private static SessionOptions parse(String... args) {
        SessionOptions options = SessionOptions.defaults();
        CommandLine line = new CommandLine(args);
        while (line.hasNext()) {
            Optional<SessionOptions> accepted = options.accept(line);
            assertTrue(accepted.isPresent(), () -> "not an option: " + line.peek());
            options = accepted.get();
        }
        return options;
    }

    @Test
    void jvmAndCompilerFlagsAreSortedOutAndPreviewGoesToBoth() {
        SessionOptions options = parse("-J-Xmx1g", "--runner", "loop", "-C-Xlint:all", "--enable-preview");
        assertTrue(options.preview());
        assertEquals(List.of("-Xmx1g", "--enable-preview"), options.jvmOptions());
        assertEquals(List.of("-Xlint:all", "--enable-preview", "--source", RELEASE), options.compilerOptions());
        assertEquals("loop", options.runner());
        assertEquals(options, parse(options.toArguments().toArray(String[]::new)), "a kernelspec's argv reads back the same");
    }

    @Test
    void theCompilerFormOfPreviewGetsItsSourceAndNoPreviewMeansNoFlags() {
        assertEquals(List.of("--enable-preview", "--source", RELEASE), parse("-C--enable-preview").compilerOptions());
        SessionOptions plain = parse("--runner", "sync");
        assertFalse(plain.preview());
        assertEquals(List.of(), plain.jvmOptions());
        assertEquals(List.of(), plain.compilerOptions());
    }

    @Test
    void previewInAJvmWithoutItIsAClearErrorBeforeAnythingRuns() {
        // the tests' JVM runs without --enable-preview, as an embedding program might
        var error = assertThrows(JawaitException.UnavailableException.class,
                () -> Session.builder().options(parse("--enable-preview")).build().close());
        assertTrue(error.getMessage().startsWith("Preview features need a JVM started with --enable-preview"), error::getMessage);
    }
}
