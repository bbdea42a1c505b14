package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.config.SessionOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code %config} and {@code jawait.properties}, {@code %env}, {@code %cd} and {@code %pwd}. */
class ConfigAndEnvironmentTest extends SessionFixture {
    @TempDir
    Path dir;

    private List<String> lines(String cell) {
        return ok(cell).notices();
    }

    @Test
    void configListsShowsAndSetsSettings() {
        List<String> all = lines("%config");
        assertTrue(all.stream().anyMatch(l -> l.startsWith("runner=virtual ")), all::toString);
        assertTrue(all.stream().anyMatch(l -> l.startsWith("autoawait=on ")), all::toString);
        assertTrue(all.stream().anyMatch(l -> l.startsWith("cache_size=1000 ")), all::toString);
        assertTrue(all.stream().anyMatch(l -> l.startsWith("max_value_length=1000 ")), all::toString);
        assertTrue(all.stream().anyMatch(l -> l.startsWith("max_seq_length=1000 ")), all::toString);
        ok("%config cache_size = 10");
        assertEquals(List.of("cache_size=10"), lines("%config cache_size"));
        ok("%config runner=loop");
        assertEquals(List.of("jawait autoawait is `on`, and set to use `loop`"), lines("%autoawait"));
        ok("%config autoawait off");
        assertEquals(List.of("autoawait=off"), lines("%config autoawait"));
    }

    @Test
    void colorsIsASettingAndHasIPythonsMagic() throws Exception {
        assertTrue(lines("%config").stream().anyMatch(l -> l.startsWith("colors=Neutral ")));
        assertEquals(List.of("colors=Neutral   # one of Neutral, Linux, LightBG, NoColor"), lines("%colors"));
        ok("%colors lightbg");
        assertEquals(List.of("colors=LightBG"), lines("%config colors"));
        assertEquals("LightBG", session.settings().colors());
        ok("%config colors=NoColor");
        assertEquals("NoColor", session.settings().colors());
        String bad = session.execute("%colors purple").errorText();
        assertTrue(bad.contains("colors is one of Neutral, Linux, LightBG, NoColor, not `purple`"), bad);
        Path file = Files.writeString(dir.resolve("colors.properties"), "colors = linux\n");
        try (Session configured = Session.builder().options(SessionOptions.fromFile(file)).build()) {
            assertEquals("Linux", configured.settings().colors());
        }
    }

    @Test
    void badSettingsAreClearErrorsAndTheSessionGoesOn() {
        String unknown = session.execute("%config cache_sise=3").errorText();
        assertTrue(unknown.contains("No setting named `cache_sise`") && unknown.contains("Did you mean cache_size"), unknown);
        String badValue = session.execute("%config max_seq_length=many").errorText();
        assertTrue(badValue.contains("max_seq_length takes a whole number"), badValue);
        assertEquals("2", value("1 + 1"));
    }

    @Test
    void theConfigurationFileSetsDefaultsAndWarnsAboutBadLines() throws Exception {
        Path file = Files.writeString(dir.resolve("jawait.properties"), """
                # jawait settings
                runner=loop
                cache_size=5
                max_seq_length: 2
                cache_sise=3
                max_value_length=lots
                this is not a setting line at all?
                """);
        SessionOptions options = SessionOptions.fromFile(file);
        assertEquals(3, options.warnings().size(), options.warnings()::toString);
        assertTrue(options.warnings().get(0).startsWith(file + ", line 5: No setting named `cache_sise`"), options.warnings()::toString);
        assertTrue(options.warnings().get(1).startsWith(file + ", line 6: max_value_length takes"), options.warnings()::toString);
        try (Session configured = Session.builder().options(options).build()) {
            CellResult first = configured.execute("List.of(1, 2, 3)");
            assertEquals("[1, 2, …] (3 elements)", Results.text(first));
            assertEquals(options.warnings(), first.notices(), "the warnings come with the first result");
            assertEquals(List.of("cache_size=5"), configured.execute("%config cache_size").notices());
            assertEquals("loop", configured.runnerName());
        }
    }

    @Test
    void aRunnerTheFileNamesThatDoesNotExistIsAWarning() throws Exception {
        Path file = Files.writeString(dir.resolve("jawait.properties"), "runner=nosuch\n");
        try (Session configured = Session.builder().options(SessionOptions.fromFile(file)).build()) {
            String notice = configured.execute("1").notices().getFirst();
            assertTrue(notice.startsWith(file + ", line 1: ") && notice.contains("nosuch"), notice);
            assertEquals("virtual", configured.runnerName());
        }
    }

    @Test
    void envSetsVariablesForProcessesTheSessionStarts() {
        ok("%env JAWAIT_TEST_GREETING=hello there");
        assertEquals(List.of("hello there"), lines("%env JAWAIT_TEST_GREETING"));
        assertTrue(lines("%env").contains("JAWAIT_TEST_GREETING=hello there"));
        assertEquals("\"hello there\"", value("env().get(\"JAWAIT_TEST_GREETING\")"));
        assertEquals("\"hello there\"", value("new String(process(\"sh\", \"-c\", \"printf %s \\\"$JAWAIT_TEST_GREETING\\\"\")"
                + ".start().getInputStream().readAllBytes())"));
        assertTrue(session.execute("%env JAWAIT_NO_SUCH_VARIABLE").errorText().contains("no environment variable"));
    }

    @Test
    void cdMovesTheSessionsWorkingDirectory() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        Files.writeString(scripts.resolve("hello.jsh"), "String greeting = \"hi\";\n");
        assertEquals(List.of(scripts.toRealPath().toString()), lines("%cd " + scripts.toRealPath()));
        assertEquals(List.of(scripts.toRealPath().toString()), lines("%pwd"));
        ok("%run hello.jsh");
        assertEquals("\"hi\"", value("greeting"));
        assertEquals("true", value("cwd().resolve(\"hello.jsh\").toFile().isFile()"));
        ok("%cd ..");
        assertEquals(List.of(dir.toRealPath().toString()), lines("%pwd"));
        assertTrue(session.execute("%cd nowhere").errorText().contains("no such directory: nowhere"));
        assertEquals(List.of(dir.toRealPath().toString()), lines("%pwd"), "a failed %cd stays where it was");
    }
}
