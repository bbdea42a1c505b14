package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jawait as a library of another project: the published artifacts are installed into a
 * test-local repository (laid out as {@code mvn install} lays it out), and the project in
 * {@code src/it/separate-project} (it imports {@code jawait-bom} and depends on
 * {@code jawait-core}) is built with the Maven running this build, offline, and run.
 *
 * <p>Its own local repository is that test-local one; everything else it needs (Maven's plugins)
 * comes from this build's local repository, served as a {@code file:} mirror, so it needs no
 * network. Runs after {@code package}: the jars it installs are this build's.
 */
class SeparateProjectIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path WORK = Path.of("target/separate-project").toAbsolutePath();
    private static final String VERSION = System.getProperty("jawait.version");

    @Test
    void aProjectDependingOnJawaitCoreThroughTheBomAwaitsAFuture() throws Exception {
        deleteTree(WORK);
        Path repository = WORK.resolve("repository");
        install(repository, "jawait-parent", ROOT.resolve("pom.xml"));
        install(repository, "jawait-bom", ROOT.resolve("jawait-bom/pom.xml"));
        for (String artifact : bomArtifacts()) {
            install(repository, artifact, ROOT.resolve(artifact).resolve("pom.xml"));
        }
        Path settings = WORK.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors>
                    <mirror><id>build-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(repository, Path.of(System.getProperty("jawait.buildRepository")).toUri()));
        Path project = WORK.resolve("project");
        copyTree(Path.of("src/it/separate-project").toAbsolutePath(), project);

        String javaHome = System.getProperty("java.home");
        String mvn = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
        // offline, the file: mirror allowed (it is this machine's directory, not a network host)
        Run build = run(project, javaHome, mvn, "-B", "-q", "-o", "-Daether.offline.protocols=file",
                "-s", settings.toString(), "-Djawait.version=" + VERSION,
                "compile", "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
                "-Dmdep.outputFile=classpath.txt");
        assertEquals(0, build.status(), () -> "the separate project did not build:\n" + build.out() + build.err());
        String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(project.resolve("classpath.txt")).strip();
        assertTrue(classpath.contains(repository.resolve("dev/jawait/jawait-core").toString()),
                () -> "jawait-core must come from the test-local repository: " + classpath);

        Run answer = run(project, javaHome, Path.of(javaHome, "bin", "java").toString(),
                "-cp", classpath, "example.Answer");
        assertEquals(0, answer.status(), () -> answer.out() + answer.err());
        assertEquals("42\n", answer.out(), answer.err());
    }

    /**
     * Every library module the build publishes (Java sources, not marked maven.deploy.skip) is in
     * the BOM, and only those: a module of archives or other files is nothing to depend on.
     */
    @Test
    void theBomListsEveryPublishedModule() throws Exception {
        List<String> published = new ArrayList<>();
        Matcher modules = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        while (modules.find()) {
            Path module = ROOT.resolve(modules.group(1));
            String pom = Files.readString(module.resolve("pom.xml"));
            if (Files.isDirectory(module.resolve("src/main/java")) && !pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(modules.group(1));
            }
        }
        assertEquals(published.stream().sorted().toList(), bomArtifacts().stream().sorted().toList());
        assertTrue(Files.readString(ROOT.resolve("jawait-bom/pom.xml")).contains("<version>" + VERSION + "</version>"),
                "jawait-bom has the build's version");
    }

    private static List<String> bomArtifacts() throws IOException {
        String pom = Files.readString(ROOT.resolve("jawait-bom/pom.xml"));
        String bom = pom.substring(pom.indexOf("<dependencyManagement>"));
        Matcher artifacts = Pattern.compile("<groupId>dev\\.jawait</groupId>\\s*<artifactId>([^<]+)</artifactId>").matcher(bom);
        List<String> names = new ArrayList<>();
        while (artifacts.find()) {
            names.add(artifacts.group(1));
        }
        return names;
    }

    /** What {@code mvn install} puts in a local repository: the POM, the jars this build packaged. */
    private static void install(Path repository, String artifact, Path pom) throws IOException {
        Path directory = repository.resolve("dev/jawait").resolve(artifact).resolve(VERSION);
        Files.createDirectories(directory);
        String base = artifact + "-" + VERSION;
        Files.copy(pom, directory.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
        Path target = pom.resolveSibling("target");
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
            Path jar = target.resolve(base + suffix);
            if (Files.exists(jar)) {
                Files.copy(jar, directory.resolve(base + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        boolean jarPackaging = !Files.readString(pom).contains("<packaging>pom</packaging>");
        assertTrue(!jarPackaging || Files.exists(directory.resolve(base + ".jar")),
                () -> artifact + " is not packaged: build it first (mvn -o package -pl " + artifact + ")");
    }

    private record Run(int status, String out, String err) {}

    private static Run run(Path directory, String javaHome, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().put("JAVA_HOME", javaHome);
        builder.environment().remove("MAVEN_OPTS");
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), () -> String.join(" ", command) + " did not finish");
        return new Run(process.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
