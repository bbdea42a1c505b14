package dev.jawait.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archives the build made, as a new user runs them: unpacked into a fresh directory
 * (made read-only), with an empty {@code HOME}, no Maven on {@code PATH} and, for the
 * self-contained image, no JDK anywhere the launcher looks.
 */
class ReleaseArchiveIT {
    private static final String VERSION = System.getProperty("jawait.version");
    private static final Path ARCHIVES = Path.of(System.getProperty("jawait.archives"));
    private static final String PIPED = "var f = CompletableFuture.supplyAsync(() -> 21 * 2);\nawait f\n";
    private static final String TRAINING = "preparing start-up caches (once per install)";

    @Test
    void theArchiveRunsOnTheJdk25ItFinds(@TempDir Path dir) throws Exception {
        Path root = User.unpack(ARCHIVES.resolve("jawait-" + VERSION + ".tar.gz"), dir);
        // only JDK 17's java on PATH, as on this machine: the launcher finds the JDK 25 under /usr/lib/jvm
        User user = new User(dir, root, List.of("java"), Map.of());
        tour(user);
        assertTrue(user.run("", "--version").out().contains("on Java 25"), "the JDK 25 found, not PATH's 17");

        // another JDK (here the same one reached through another path): caches made with one JVM
        // do not fit another, so they are trained again
        Path otherJdk = Files.createSymbolicLink(dir.resolve("other-jdk"), Path.of("/usr/lib/jvm/temurin-25-jdk-amd64"));
        User other = new User(dir, root, user.home(), user.path(), Map.of("JAWAIT_JAVA", otherJdk.resolve("bin/java").toString()));
        User.Run switched = other.run(PIPED);
        assertEquals("Out[2]: 42\n", switched.out(), switched.err());
        assertTrue(switched.err().contains(TRAINING), switched.err());
        User.Run again = other.run(PIPED);
        assertFalse(again.err().contains(TRAINING), again.err());
    }

    @Test
    void theImageRunsWithoutAnyJdk(@TempDir Path dir) throws Exception {
        Path root = User.unpack(ARCHIVES.resolve("jawait-" + VERSION + "-linux-x64.tar.gz"), dir);
        Path noJdks = Files.createDirectories(dir.resolve("no-jdks"));
        User user = new User(dir, root, List.of(), Map.of("JAWAIT_JDK_DIRS", noJdks.toString()));
        tour(user);
        String kernelJson = Files.readString(dir.resolve("prefix/share/jupyter/kernels/jawait/kernel.json"));
        assertTrue(kernelJson.contains(root.resolve("runtime/bin/java").toString()), kernelJson);
    }

    @Test
    void theZipHoldsTheSameLauncher(@TempDir Path dir) throws Exception {
        Path root = User.unpack(ARCHIVES.resolve("jawait-" + VERSION + ".zip"), dir);
        User user = new User(dir, root, List.of(), Map.of("JAWAIT_NO_AOT", "1"));
        assertEquals("jawait " + VERSION, user.run("", "--version").out().lines().findFirst().orElseThrow().split(" on ")[0]);
        assertEquals("Out[2]: 42\n", user.run(PIPED).out());
        for (String file : List.of("README.md", "share/jawait/logo-32x32.png", "share/jawait/logo-64x64.png", "lib/jvm.options")) {
            assertTrue(Files.isRegularFile(root.resolve(file)), file);
        }
    }

    /** What README's tour and install section promise, from one unpacked archive. */
    private static void tour(User user) throws Exception {
        List<String> before = files(user.root());

        User.Run first = user.run(PIPED);
        assertEquals("Out[2]: 42\n", first.out(), first.err());
        assertTrue(first.err().contains(TRAINING), "the first start trains the caches and says so: " + first.err());
        Path state = user.home().resolve(".cache/jawait/" + VERSION);
        try (Stream<Path> caches = Files.walk(state)) {
            assertTrue(caches.anyMatch(file -> file.getFileName().toString().equals("jawait.aot")), "the cache is in ~/.cache/jawait/VERSION");
        }
        User.Run second = user.run(PIPED);
        assertEquals("Out[2]: 42\n", second.out(), second.err());
        assertFalse(second.err().contains(TRAINING), second.err());
        User.Run version = user.run("", "--version");
        assertTrue(version.out().startsWith("jawait " + VERSION + " on Java "), version.out() + version.err());

        User.Run example = user.run("", "run", user.root().resolve("examples/http-client.jsh").toString());
        assertEquals(0, example.status(), example.err());
        assertTrue(example.out().startsWith("200 hello jawait\n"), example.out());

        Path prefix = user.dir().resolve("prefix");
        User.Run install = user.run("", "kernel", "install", "--prefix", prefix.toString());
        assertEquals(0, install.status(), install.err());
        String kernelJson = Files.readString(prefix.resolve("share/jupyter/kernels/jawait/kernel.json"));
        assertTrue(kernelJson.contains(user.root().resolve("lib/jawait.jar").toString()), kernelJson);
        assertTrue(kernelJson.contains(state.toString()), "the kernel starts with the user's cache: " + kernelJson);
        User.Run kernel = user.jupyter(prefix, Path.of("src/test/python/release_kernel.py").toAbsolutePath());
        assertEquals(VERSION + "\n42\n", kernel.out(), kernel.err());

        User.Run userInstall = user.run("", "kernel", "install", "--user");
        assertEquals(0, userInstall.status(), userInstall.err());
        assertTrue(Files.isRegularFile(user.home().resolve(".local/share/jupyter/kernels/jawait/kernel.json")),
                "--user is the $HOME Jupyter reads: " + userInstall.out());

        assertEquals(before, files(user.root()), "nothing is written into the unpacked archive");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString).sorted().toList();
        }
    }
}
