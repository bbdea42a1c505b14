package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.config.CommandLine;
import dev.jawait.config.SessionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JShell's {@code --module-path} and {@code --add-modules}, on the command line and with {@code /env}. */
class ModulePathTest extends SessionFixture {
    @TempDir
    Path dir;
    private Path modules;

    /** Compiles module {@code demo.greet} (package {@code demo.greet}, class {@code Greeter}) into {@code modules}. */
    @BeforeEach
    void compileModule() throws Exception {
        Path source = Files.createDirectories(dir.resolve("src/demo.greet/demo/greet"));
        Files.writeString(source.getParent().getParent().resolve("module-info.java"), "module demo.greet { exports demo.greet; }");
        Files.writeString(source.resolve("Greeter.java"),
                "package demo.greet; public class Greeter { public static String hello() { return \"hello from \""
                        + " + Greeter.class.getModule().getName(); } }");
        modules = dir.resolve("mods");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", modules.resolve("demo.greet").toString(),
                source.getParent().getParent().resolve("module-info.java").toString(), source.resolve("Greeter.java").toString());
        assertEquals(0, status);
    }

    private Session sessionWith(String... args) {
        CommandLine line = new CommandLine(args);
        SessionOptions options = SessionOptions.defaults();
        while (line.hasNext()) {
            options = options.accept(line).orElseThrow();
        }
        return Session.builder().options(options).build();
    }

    @Test
    void commandLineModulesCompileAndLoadAsNamedModules() {
        try (Session withModules = sessionWith("--module-path", modules.toString(), "--add-modules", "demo.greet")) {
            CellResult result = withModules.execute("demo.greet.Greeter.hello()");
            assertEquals("\"hello from demo.greet\"", Results.text(result), result::errorText);
        }
    }

    @Test
    void modulesOnThePathAreUsedOnlyOnceAddModulesNamesThem() {
        try (Session pathOnly = sessionWith("-p", modules.toString())) {
            CellResult result = pathOnly.execute("demo.greet.Greeter.hello()");
            assertInstanceOf(CellResult.CompileErrors.class, result);
        }
        try (Session all = sessionWith("--module-path=" + modules, "--add-modules=ALL-MODULE-PATH")) {
            assertEquals("\"hello from demo.greet\"", Results.text(all.execute("demo.greet.Greeter.hello()")));
        }
    }

    @Test
    void envAddsModulesKeepsTheStateAndShowsThem() {
        ok("int kept = 7;");
        stdoutOf(() -> ok("/env --module-path " + modules + " --add-modules demo.greet"));
        assertEquals("7", value("kept"));
        assertEquals("\"hello from demo.greet\"", value("demo.greet.Greeter.hello()"));
        List<String> shown = ok("/env").notices();
        assertTrue(shown.contains("|     --module-path " + modules), shown::toString);
        assertTrue(shown.contains("|     --add-modules demo.greet"), shown::toString);
    }

    @Test
    void aModuleThatCannotBeResolvedLeavesTheSessionAsItWas() {
        ok("int kept = 7;");
        String[] error = new String[1];
        stdoutOf(() -> error[0] = session.execute("/env --module-path " + modules + " --add-modules demo.greet,no.such.module")
                .errorText());
        assertTrue(error[0].contains("no.such.module"), error[0]);
        assertEquals("7", value("kept"));
    }
}
