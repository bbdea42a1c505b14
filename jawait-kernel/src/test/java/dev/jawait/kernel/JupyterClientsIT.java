package dev.jawait.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.jawait.kernel.internal.KernelSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Jupyter clients against the kernel: installs the kernelspec (this JVM's java and class
 * path) into a temporary prefix, points every Jupyter directory there, and runs the pytest files
 * in {@code src/test/python} with Debian's {@code /usr/bin/python3}.
 */
class JupyterClientsIT {
    private static final String PYTHON = "/usr/bin/python3";
    private static final String PACKAGES = "python3-jupyter-kernel-test python3-jupyter-client jupyter-console"
            + " jupyter-nbconvert jupyter-notebook python3-ipykernel python3-pytest python3-pytest-timeout chromium"
            + " chromium-driver python3-selenium python3-ipywidgets jupyter-nbextension-jupyter-js-widgets";

    @TempDir
    static Path home;

    @BeforeAll
    static void installKernelspec() throws Exception {
        Process check = new ProcessBuilder(PYTHON, "-c",
                "import jupyter_kernel_test, jupyter_client, nbconvert, nbformat, selenium, pytest, pytest_timeout")
                .redirectErrorStream(true).start();
        String problem = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!check.waitFor(60, TimeUnit.SECONDS) || check.exitValue() != 0) {
            fail("The Jupyter tests need Debian's Jupyter packages for " + PYTHON + " (.ci/run installs them):\n"
                    + "  apt-get install -y " + PACKAGES + "\n" + problem);
        }
        KernelSpec.ofCurrentJvm("Java (jawait)", List.of()).writeTo(home.resolve("share/jupyter/kernels/jawait"));
        install("--name", "jawait-preview", "--display-name", "Java (jawait, preview)", "--enable-preview");
        // every option of `jawait kernel install`, with paths relative to the working directory (test_config.py)
        Path classes = compileGreeter(home.resolve("config/classes"));
        Path startup = Files.writeString(home.resolve("config/init.jsh"), "int startupTwice(int x) { return 2 * x; }\n");
        Files.writeString(home.resolve("config/env-init.jsh"),
                "String fromEnvStartup() { return \"the environment's start-up script\"; }\n");
        Path here = Path.of("").toAbsolutePath();
        install("--name", "jawait-configured", "--display-name", "Java (configured)",
                "--class-path", here.relativize(classes).toString(), "--startup", here.relativize(startup).toString(),
                "--jvm-option", "-Djawait.it.marker=from-install", "--compiler-option", "-g:none",
                "--env", "JAWAIT_IT_GREETING=hello from the kernelspec");
    }

    /** {@code jawait kernel install --prefix <home> ARGS}. */
    private static void install(String... args) {
        List<String> all = new ArrayList<>(List.of("install", "--prefix", home.toString()));
        all.addAll(List.of(args));
        assertEquals(0, KernelCommand.run(all.toArray(String[]::new), System.out, System.err), all::toString);
    }

    /** A class folder with {@code cfg.Greeter.hello()}. */
    private static Path compileGreeter(Path classes) throws IOException {
        Path source = Files.createDirectories(home.resolve("config/src/cfg")).resolve("Greeter.java");
        Files.writeString(source, "package cfg; public class Greeter { public static String hello() {"
                + " return \"hello from the class path\"; } }\n");
        Files.createDirectories(classes);
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        assertEquals(0, status, "javac failed");
        return classes;
    }

    @Test
    void kernelConfiguration() throws Exception {
        pytest("test_config.py");
    }

    @Test
    void jupyterKernelTestConformanceSuite() throws Exception {
        pytest("test_conformance.py");
    }

    @Test
    void ownClientProtocolTests() throws Exception {
        pytest("test_protocol.py");
    }

    @Test
    void nothingLostNothingReplayedNothingLeftBehind() throws Exception {
        pytest("test_trust.py");
    }

    @Test
    void nbconvertAndConsole() throws Exception {
        pytest("test_frontends.py");
    }

    @Test
    void profileAsHtmlTableAndFlameGraph() throws Exception {
        pytest("test_prun.py");
    }

    @Test
    void rawAndRichDisplay() throws Exception {
        pytest("test_display.py");
    }

    @Test
    void commsAndWidgets() throws Exception {
        pytest("test_comms.py");
    }

    @Test
    void widgetsInHeadlessChromium() throws Exception {
        pytest("test_widgets_browser.py");
    }

    @Test
    void notebookInHeadlessChromium() throws Exception {
        pytest("test_browser.py");
    }

    private static String chartJar() {
        try {
            return Path.of(Class.forName("org.jfree.chart.JFreeChart").getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new IllegalStateException("jfreechart (a test dependency) is not on the test class path", e);
        }
    }

    private static void pytest(String file) throws IOException, InterruptedException {
        Path tests = Path.of(System.getProperty("jawait.kernel.python", "src/test/python")).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(PYTHON, "-m", "pytest", "-q", "-rfEsx", "-p", "no:cacheprovider",
                "--timeout=300", tests.resolve(file).toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tests.toFile()).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("JUPYTER_PATH", home.resolve("share/jupyter").toString());
        env.put("JAWAIT_HISTORY", home.resolve("history.sqlite").toString());
        env.put("JUPYTER_DATA_DIR", home.resolve("data").toString());
        env.put("JUPYTER_CONFIG_DIR", home.resolve("config").toString());
        env.put("JUPYTER_RUNTIME_DIR", Files.createDirectories(home.resolve("runtime")).toString());
        env.put("IPYTHONDIR", home.resolve("ipython").toString());
        env.put("JAWAIT_KERNEL", "jawait");
        env.put("JAWAIT_TEST_CHART_JAR", chartJar()); // a charting library for a session to %jars (test_display.py)
        env.put("JAWAIT_PREVIEW_KERNEL", "jawait-preview");
        env.put("JAWAIT_CONFIGURED_KERNEL", "jawait-configured");
        env.put("JAWAIT_IT_CLASSES", home.resolve("config/classes").toString());
        env.put("JAWAIT_IT_ENV_STARTUP", home.resolve("config/env-init.jsh").toString());
        env.put("JAWAIT_SCREENSHOTS", Path.of("target/screenshots").toAbsolutePath().toString());
        env.keySet().removeIf(name -> name.startsWith("JAWAIT_") && name.endsWith("_OPTS")
                || List.of("JAWAIT_CLASS_PATH", "JAWAIT_STARTUP").contains(name)); // the tests set their own
        env.put("PATH", "/usr/bin:/bin:" + env.getOrDefault("PATH", ""));
        env.remove("PYTHONPATH");
        env.remove("PYTHONHOME");
        Process process = builder.start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail(file + " did not finish in 10 minutes");
        }
        assertEquals(0, process.exitValue(), file + " failed (its pytest output is above)");
    }
}
