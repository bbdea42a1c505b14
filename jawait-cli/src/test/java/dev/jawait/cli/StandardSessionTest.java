package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.CellResult;
import dev.jawait.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With every module on the class path (as the {@code jawait} command has them), a standard
 * session has their magics and finds their jars: what jawait-repl alone does not bring.
 */
class StandardSessionTest {

    @Test
    void theOptionalModulesJoinAStandardSession() {
        try (Session session = Session.builder().standard().build()) {
            List<String> lines = session.execute("%lsmagic").notices();
            assertTrue(lines.get(1).contains("%maven") && lines.get(1).contains("%mavenRepo"), lines::toString);
            assertEquals(List.of("No Maven dependencies added yet: %maven GROUP:ARTIFACT:VERSION (e.g. io.projectreactor:reactor-core:3.8.8)."),
                    session.execute("%maven").notices());
            CellResult adapters = session.execute("dev.jawait.adapters.ReactorAwaits.class.getSimpleName()");
            assertEquals("\"ReactorAwaits\"", ((CellResult.Value) adapters).text(), "the adapters' jar is on the snippets' class path");
        }
    }

    @Test
    void theLaunchersArgumentFileHoldsTheJvmOptionsOfTheBuild() throws Exception {
        // the launcher runs `java @jawait-cli/target/jvm.options`; the kernelspec takes BuildInfo's: one source, the POM
        String argumentFile = java.nio.file.Files.readString(java.nio.file.Path.of("target", "jvm.options")).strip();
        assertEquals(dev.jawait.config.BuildInfo.jvmOptions(), List.of(argumentFile.split("\\s+")));
        // both launchers (./jawait and a release's bin/jawait) start java through their shared library
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of("src", "main", "sh", "launcher.sh"))
                .contains("JVM_OPTS=(\"@$JVM_ARGS\""), "the launcher passes the argument file");
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of("..", "jawait")).contains("JVM_ARGS=\"$ROOT/jawait-cli/target/jvm.options\""),
                "./jawait names the build's argument file");
    }

    @Test
    void envShowsWhatTheUserAddedNotJawaitsOwnJars(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (Session session = Session.builder().standard().build()) {
            assertEquals(List.of(), session.execute("/env").notices(), "nothing added yet");
            session.addToClasspath(dir.toString());
            assertEquals(List.of("|     --class-path " + dir), session.execute("/env").notices());
        }
    }

    @Test
    void aPlainSessionHasOnlyJawaitsOwnMagics() {
        try (Session session = Session.builder().build()) {
            assertTrue(session.execute("%maven").errorText().startsWith("Unknown magic %maven."));
        }
    }
}
