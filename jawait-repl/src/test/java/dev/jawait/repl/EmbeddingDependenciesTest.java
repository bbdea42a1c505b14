package dev.jawait.repl;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.Session;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What embedding jawait brings into a program: this module's dependencies (its test class path is
 * them, plus JUnit) hold no ZeroMQ, Jackson, Maven resolver or sqlite-jdbc, and a standard session
 * built here has no {@code %maven}: the optional modules join only when they are on the class
 * path (jawait-cli's {@code StandardSessionTest} checks that they do there).
 */
class EmbeddingDependenciesTest {

    @Test
    void noKernelOrMavenOrSqliteLibrariesComeWithEmbedding() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> entry.substring(entry.lastIndexOf(File.separatorChar) + 1)).toList();
        for (String library : List.of("jeromq", "jackson", "maven-resolver", "mima", "sqlite-jdbc", "jawait-kernel",
                "jawait-deps", "jawait-history")) {
            assertTrue(jars.stream().noneMatch(jar -> jar.startsWith(library)), () -> library + " is on the class path: " + jars);
        }
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.zeromq.ZMQ"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.databind.ObjectMapper"));
    }

    @Test
    void aStandardSessionHereHasNoMavenMagic() {
        try (Session session = Session.builder().standard().build()) {
            CellResult maven = session.execute("%maven a:b:1");
            assertTrue(maven.errorText().startsWith("Unknown magic %maven."), maven.errorText());
            assertTrue(session.execute("%lsmagic").notices().get(1).contains("%autoawait"), "jawait's own magics are there");
        }
    }
}
