package dev.jawait.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.JawaitException;
import dev.jawait.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real resolution from Maven Central into the build's test-local repository
 * ({@code jawait.deps.localRepository}, kept between runs), and an unreachable repository.
 */
class CentralResolutionTest {
    @TempDir Path temp;

    @Test
    void mavenAddsAJarFromCentralToALiveSession() {
        assertTrue(System.getProperty("jawait.deps.localRepository", "").contains("target"),
                "tests must not write to the user's local repository");
        try (Session session = Session.builder().standard().build()) {
            session.execute("var items = new ArrayList<String>(List.of(\"a\"));");
            CellResult added = session.execute("%maven org.reactivestreams:reactive-streams:1.0.4");
            assertEquals(CellStatus.OK, added.status(), added.errorText());
            assertTrue(added.notices().contains("Added to the class path: reactive-streams-1.0.4.jar"), added.notices().toString());
            CellResult used = session.execute("""
                    org.reactivestreams.Publisher<String> p = s -> {};
                    org.reactivestreams.FlowAdapters.toFlowPublisher(p) != null && items.size() == 1
                    """);
            assertEquals("true", Results.text(used), used.errorText());
        }
    }

    @Test
    void anArtifactCentralDoesNotHaveIsOneClearError() {
        try (Session session = Session.builder().build()) {
            JawaitException e = assertThrows(JawaitException.DependencyException.class, () -> session.addDependencies(
                    List.of("dev.jawait.nonexistent:no-such-artifact:0.0.1"), line -> { }));
            assertTrue(e.getMessage().startsWith("Cannot resolve dev.jawait.nonexistent:no-such-artifact:jar:0.0.1: "), e.getMessage());
            assertTrue(e.getMessage().contains("was not found in central (https://"), e.getMessage());
        }
    }

    @Test
    void noNetworkIsOneClearErrorAndChangesNothing() throws IOException {
        Path settings = TinyRepository.mirrorSettings(temp, "offline-mirror", "http://127.0.0.1:1/maven2/");
        try (Session session = Session.builder().build();
             DependencyResolver resolver = new DependencyResolver(temp.resolve("local"), settings)) {
            SessionDependencies deps = new SessionDependencies(session::addToClasspath, resolver);
            List<String> progress = new ArrayList<>();
            JawaitException e = assertThrows(JawaitException.class,
                    () -> deps.add(List.of("org.reactivestreams:reactive-streams:1.0.4"), progress::add));
            assertTrue(e.getMessage().startsWith("Cannot resolve org.reactivestreams:reactive-streams:jar:1.0.4: a repository cannot be reached ("),
                    e.getMessage());
            assertTrue(e.getMessage().contains("offline-mirror (http://127.0.0.1:1/maven2/)"), e.getMessage());
            assertTrue(deps.loaded().isEmpty());
            assertEquals(CellStatus.COMPILE_ERROR, session.execute("org.reactivestreams.Publisher<String> p = null;").status());
        }
    }
}
