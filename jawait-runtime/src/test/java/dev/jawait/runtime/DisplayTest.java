package dev.jawait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code display}, {@code updateDisplay}, {@code render}, the helpers, and the text fallback. */
class DisplayTest {
    /** A 3×2 PNG's first 24 bytes (signature and IHDR), enough to recognise it and read its size. */
    static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 3, 0, 0, 0, 2};

    record Call(String kind, Object value, String id) {}

    private final List<Call> calls = new ArrayList<>();
    private DisplaySink previous;

    @BeforeEach
    void install() {
        previous = Display.install(new DisplaySink() {
            @Override
            public void display(Object value, String displayId, boolean update) {
                calls.add(new Call(update ? "update" : "show", value, displayId));
            }

            @Override
            public void clearOutput(boolean wait) {
                calls.add(new Call("clear", wait, null));
            }

            @Override
            public Map<String, Object> render(Object value) {
                return Map.of("text/plain", "plain " + value, "text/html", "<i>" + value + "</i>", "text/markdown", "*" + value + "*");
            }
        });
    }

    @AfterEach
    void restore() {
        Display.install(previous);
    }

    @Test
    void everyDisplayHasAnIdThatIsReturnedAndRecognised() {
        String id = SessionHelpers.display(1);
        assertNotNull(id);
        assertEquals(new Call("show", 1, id), calls.getFirst());
        assertTrue(Display.isReturnedId(id));
        assertFalse(Display.isReturnedId(new String(id)), "only the very object returned");
        SessionHelpers.clearOutput();
        SessionHelpers.clearOutput(true);
        assertEquals(List.of(new Call("clear", false, null), new Call("clear", true, null)), calls.subList(1, 3));
    }

    @Test
    void aStringWithAMimeTypeIsTheContentOfThatType() {
        String id = SessionHelpers.display("<b>bold</b>", "text/html");
        MimeBundle shown = assertInstanceOf(MimeBundle.class, calls.getFirst().value());
        assertEquals(Map.of("text/html", "<b>bold</b>", "text/plain", "<b>bold</b>"), shown.data());
        assertEquals(id, calls.getFirst().id());
        SessionHelpers.display("# T", "text/markdown", "text/html");
        assertEquals(List.of("text/markdown", "text/html", "text/plain"),
                List.copyOf(((MimeBundle) calls.get(1).value()).data().keySet()));
    }

    @Test
    void anotherValueWithMimeTypesKeepsOnlyThose() {
        SessionHelpers.display(7, "text/html");
        assertEquals(Map.of("text/plain", "plain 7", "text/html", "<i>7</i>"), ((MimeBundle) calls.getFirst().value()).data());
        assertEquals(Map.of("text/plain", "plain 7", "text/markdown", "*7*"), SessionHelpers.render(7, "text/markdown").data());
        assertEquals(3, SessionHelpers.render(7).data().size());
        assertThrows(IllegalArgumentException.class, () -> SessionHelpers.render(7, "html"));
    }

    @Test
    void aSecondStringThatIsNoMimeTypeIsJawaitsDisplayId() {
        assertEquals("progress", SessionHelpers.display("0%", "progress"));
        assertEquals(new Call("show", "0%", "progress"), calls.getFirst());
    }

    @Test
    void updateDisplayTakesJJavasOrderAndJawaitsEarlierOne() {
        String id = SessionHelpers.display("a");
        SessionHelpers.updateDisplay(id, "b");                    // JJava: id first
        SessionHelpers.updateDisplay(id, 2);
        SessionHelpers.updateDisplay(3, id);                      // jawait's earlier order
        SessionHelpers.display("x", "mine");
        SessionHelpers.updateDisplay("y", "mine");                // two strings: "mine" is the id shown
        SessionHelpers.updateDisplay(id, "<b>c</b>", "text/html");
        assertEquals(new Call("update", "b", id), calls.get(1));
        assertEquals(new Call("update", 2, id), calls.get(2));
        assertEquals(new Call("update", 3, id), calls.get(3));
        assertEquals(new Call("update", "y", "mine"), calls.get(5));
        assertEquals(Map.of("text/html", "<b>c</b>", "text/plain", "<b>c</b>"), ((MimeBundle) calls.get(6).value()).data());
        assertThrows(IllegalArgumentException.class, () -> SessionHelpers.updateDisplay((String) null, 1));
    }

    @Test
    void aMapOfMimeTypesIsARawBundleOtherMapsAreValues() {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("text/html", "<b>x</b>");
        bundle.put("text/plain", "x");
        SessionHelpers.display(bundle);
        assertEquals(bundle, ((MimeBundle) calls.getFirst().value()).data());
        SessionHelpers.display(Map.of("a", 1));
        assertEquals(Map.of("a", 1), calls.get(1).value());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MimeBundle.of(Map.of("html", "x")));
        assertTrue(e.getMessage().contains("not a MIME type: \"html\""), e.getMessage());
    }

    @Test
    void helpersMakeBundles() {
        assertEquals(Map.of("text/html", "<b>x</b>", "text/plain", "<b>x</b>"), SessionHelpers.html("<b>x</b>").data());
        assertEquals("text/markdown", SessionHelpers.markdown("*x*").data().keySet().iterator().next());
        assertEquals("$x^2$", SessionHelpers.latex("$x^2$").data().get("text/latex"));
        assertEquals("[image/svg+xml]", SessionHelpers.svg("<svg/>").text());
        assertEquals(Map.of("application/json", "{\"a\":1}", "text/plain", "{\"a\":1}"), SessionHelpers.json("{\"a\":1}").data());
        assertEquals(Map.of("application/json", List.of(1, 2), "text/plain", "[1, 2]"), SessionHelpers.json(List.of(1, 2)).data());
    }

    @Test
    void imagesAreRecognisedAndDescribedNeverPrintedAsBytes(@TempDir Path dir) throws Exception {
        MimeBundle png = SessionHelpers.image(PNG_HEAD);
        assertEquals(Base64.getEncoder().encodeToString(PNG_HEAD), png.data().get("image/png"));
        assertEquals("[image/png 3×2]", png.text());
        Path svgFile = Files.writeString(dir.resolve("a.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertTrue(SessionHelpers.image(svgFile).data().containsKey("image/svg+xml"));
        assertTrue(SessionHelpers.image(svgFile.toUri().toURL()).data().containsKey("image/svg+xml"));
        IllegalArgumentException notImage = assertThrows(IllegalArgumentException.class,
                () -> SessionHelpers.image("hello".getBytes(StandardCharsets.UTF_8)));
        assertTrue(notImage.getMessage().contains("not a PNG, JPEG, GIF or SVG image"), notImage.getMessage());
        var missing = assertThrows(IllegalArgumentException.class, () -> SessionHelpers.image(dir.resolve("none.png")));
        assertTrue(missing.getMessage().startsWith("image: no such file: "), missing.getMessage());
        assertEquals("[image/png 3×2]", MimeBundle.of(Map.of("image/png", Base64.getEncoder().encodeToString(PNG_HEAD))).text());
    }

    @Test
    void withoutAFrontEndTheTextIsPrinted() {
        Display.install(previous);
        PrintStream out = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            SessionHelpers.display("<b>bold</b>", "text/html");
            SessionHelpers.display(MimeBundle.of(Map.of("image/png", Base64.getEncoder().encodeToString(PNG_HEAD))));
            SessionHelpers.display(42);
        } finally {
            System.setOut(out);
        }
        assertEquals("<b>bold</b>\n[image/png 3×2]\n42\n", bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }
}
