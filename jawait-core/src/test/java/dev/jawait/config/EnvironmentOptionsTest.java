package dev.jawait.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code JAWAIT_*} variables between the configuration file and the command line; the named flag options; absolute paths. */
class EnvironmentOptionsTest {
    @TempDir
    Path dir;

    private static SessionOptions commandLine(SessionOptions options, String... args) {
        CommandLine line = new CommandLine(args);
        while (line.hasNext()) {
            options = options.accept(line).orElseThrow();
        }
        return options;
    }

    @Test
    void theEnvironmentAddsClassPathAndCompilerOptionsAndReplacesTheFilesStartup() throws Exception {
        Path file = Files.writeString(dir.resolve("jawait.properties"), "startup=PRINTING\n");
        Map<String, String> env = Map.of(SessionOptions.CLASS_PATH_VARIABLE, "/a.jar" + File.pathSeparator + "/b",
                SessionOptions.COMPILER_OPTS_VARIABLE, " -parameters  -Xlint:all ",
                SessionOptions.STARTUP_VARIABLE, "/s1.jsh" + File.pathSeparator + "/s2.jsh");
        SessionOptions options = SessionOptions.fromFile(file).withEnvironment(env);
        assertEquals(List.of("/a.jar", "/b"), options.classPath());
        assertEquals(List.of("-parameters", "-Xlint:all"), options.compilerOptions());
        assertEquals(List.of("/s1.jsh", "/s2.jsh"), options.startupScripts()); // the environment over the file

        SessionOptions withArgs = commandLine(options, "--startup", "/cli.jsh", "--class-path", "/c", "-C-g");
        assertEquals(List.of("/cli.jsh"), withArgs.startupScripts()); // the command line over the environment
        assertEquals(List.of("/a.jar", "/b", "/c"), withArgs.classPath());
        assertEquals(List.of("-parameters", "-Xlint:all", "-g"), withArgs.compilerOptions());

        assertEquals(List.of("PRINTING"), SessionOptions.fromFile(file).withEnvironment(Map.of(
                SessionOptions.STARTUP_VARIABLE, " ")).startupScripts()); // blank: nothing changes
    }

    @Test
    void jvmOptionAndCompilerOptionAreMinusJAndMinusC() {
        SessionOptions options = commandLine(SessionOptions.defaults(), "--jvm-option", "-Xmx1g",
                "--compiler-option=-parameters", "--jvm-option=-Dx=y");
        assertEquals(List.of("-Xmx1g", "-Dx=y"), options.jvmOptions());
        assertEquals(List.of("-parameters"), options.compilerOptions());
        assertEquals(List.of("-J-Xmx1g", "-C-parameters", "-J-Dx=y"), options.toArguments());
    }

    @Test
    void relativePathsBecomeAbsolute() {
        SessionOptions options = commandLine(SessionOptions.defaults(), "--class-path", "lib/a.jar" + File.pathSeparator + "/abs",
                "--startup", "init.jsh", "--startup", "PRINTING", "--module-path", "mods");
        SessionOptions absolute = options.withAbsolutePaths(Path.of("/work/here"));
        assertEquals(List.of("/work/here/lib/a.jar", "/abs"), absolute.classPath());
        assertEquals(List.of("/work/here/init.jsh", "PRINTING"), absolute.startup());
        assertTrue(absolute.toArguments().contains("--module-path=/work/here/mods"), absolute.toArguments()::toString);
    }
}
