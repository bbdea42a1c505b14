package dev.jawait.deps;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Builds a file-based Maven repository with tiny artifacts of group {@code dev.jawait.test}, for tests. */
final class TinyRepository {
    static final String GROUP = "dev.jawait.test";

    private final Path root;

    TinyRepository(Path root) {
        this.root = root;
    }

    URI uri() {
        return root.toUri();
    }

    /** Installs {@code GROUP:artifact:version}: a jar with class {@code pkg.Name} whose {@code hi()} returns {@code greeting}. */
    TinyRepository install(String artifact, String version, String className, String greeting, List<String> dependencies)
            throws IOException {
        Path dir = root.resolve(GROUP.replace('.', '/')).resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Path sources = Files.createTempDirectory("tiny-src");
        String pkg = className.substring(0, className.lastIndexOf('.'));
        String simple = className.substring(className.lastIndexOf('.') + 1);
        Path source = sources.resolve(simple + ".java");
        Files.writeString(source, "package " + pkg + "; public class " + simple
                + " { public static String hi() { return \"" + greeting + "\"; } }");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, "-d", sources.toString(), source.toString()) != 0) {
            throw new IOException("cannot compile " + source);
        }
        String base = artifact + "-" + version;
        try (OutputStream out = Files.newOutputStream(dir.resolve(base + ".jar")); JarOutputStream jar = new JarOutputStream(out)) {
            String entry = className.replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(entry));
            jar.write(Files.readAllBytes(sources.resolve(entry)));
            jar.closeEntry();
        }
        StringBuilder deps = new StringBuilder();
        for (String dependency : dependencies) {
            String[] gav = dependency.split(":");
            deps.append("<dependency><groupId>").append(gav[0]).append("</groupId><artifactId>").append(gav[1])
                    .append("</artifactId><version>").append(gav[2]).append("</version></dependency>");
        }
        Files.writeString(dir.resolve(base + ".pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
                <dependencies>%s</dependencies></project>
                """.formatted(GROUP, artifact, version, deps));
        return this;
    }

    /** A settings.xml whose mirror {@code id} stands for every repository and points at {@code url}. */
    static Path mirrorSettings(Path dir, String id, String url) throws IOException {
        return Files.writeString(dir.resolve("settings.xml"), """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
                  <mirrors><mirror><id>%s</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                </settings>
                """.formatted(id, url));
    }
}
