package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Snippets compile against the session's class path, not against every jar of the process
 * (JShell's compiler would otherwise start from {@code java.class.path}).
 */
class SessionClassPathTest {
    @Test
    void snippetsSeeTheSessionClassPathOnly() {
        String processClassPath = System.getProperty("java.class.path");
        List<String> runtime = Session.Builder.snippetRuntimeClassPath();
        try (Session session = Session.builder().classPath(runtime).build()) {
            assertEquals(processClassPath, System.getProperty("java.class.path"), "the property is restored");
            CellResult jawait = session.execute("dev.jawait.runtime.Await.class.getSimpleName()");
            assertEquals("\"Await\"", jawait.valueText(), jawait::errorText);
            // JUnit is on this test process's class path, but not on the session's
            CellResult junit = session.execute("org.junit.jupiter.api.Assertions.class");
            assertEquals(CellStatus.COMPILE_ERROR, junit.status(), junit::toString);
            assertTrue(junit.errorText().contains("org.junit.jupiter.api"), junit::errorText);
        }
    }

    @Test
    void theRuntimeClassPathNamesJawaitsRuntime() {
        List<String> runtime = Session.Builder.snippetRuntimeClassPath();
        assertTrue(runtime.stream().anyMatch(entry -> entry.contains("jawait-runtime")), runtime::toString);
        assertTrue(runtime.stream().noneMatch(entry -> entry.contains("junit")), runtime::toString);
    }

    @Test
    void aClassPathAddedLaterIsSeen() throws Exception {
        try (Session session = Session.builder().classPath(Session.Builder.snippetRuntimeClassPath()).build()) {
            String junitJar = java.nio.file.Path.of(org.junit.jupiter.api.Assertions.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI()).toString();
            session.addToClasspath(junitJar);
            CellResult junit = session.execute("org.junit.jupiter.api.Assertions.class.getSimpleName()");
            assertEquals("\"Assertions\"", junit.valueText(), junit::errorText);
        }
    }
}
