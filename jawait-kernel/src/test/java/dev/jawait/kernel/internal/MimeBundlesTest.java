package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.kernel.MimeRenderer;
import dev.jawait.kernel.Renderers;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MimeBundlesTest {
    public static final class Card {
        public String toHtml() {
            return "<div>card</div>";
        }
    }

    @Test
    void plainTextAlwaysHtmlFromToHtmlPngFromImages() {
        assertEquals("{\"text/plain\":\"42\"}", MimeBundles.of(42, "42").toString());
        assertEquals("<div>card</div>", MimeBundles.of(new Card(), "Card").path("text/html").asText());
        ObjectNode image = MimeBundles.of(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "img");
        byte[] png = Base64.getDecoder().decode(image.path("image/png").asText());
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
    }

    @Test
    void registeredRenderersComeFirstAndBrokenOnesAreSkipped() {
        MimeRenderer markdown = value -> value instanceof Card ? Map.of("text/markdown", "**card**", "text/html", "<i>mine</i>") : Map.of();
        MimeRenderer broken = value -> {
            throw new IllegalStateException("broken renderer");
        };
        Renderers.register(markdown);
        Renderers.register(broken);
        try {
            ObjectNode bundle = MimeBundles.of(new Card(), "Card");
            assertEquals("**card**", bundle.path("text/markdown").asText());
            assertEquals("<i>mine</i>", bundle.path("text/html").asText());
            assertEquals("Card", bundle.path("text/plain").asText());
        } finally {
            assertTrue(Renderers.unregister(markdown));
            assertTrue(Renderers.unregister(broken));
        }
        assertFalse(MimeBundles.of("x", "\"x\"").has("text/html"));
    }

    @Test
    void aRenderersPlainTextReplacesTheValuesTextInPlace() {
        MimeRenderer text = value -> value instanceof Card ? Map.of("text/plain", "a card, as its library prints it") : Map.of();
        Renderers.register(text);
        try {
            assertEquals("{\"text/plain\":\"a card, as its library prints it\",\"text/html\":\"<div>card</div>\"}",
                    MimeBundles.of(new Card(), "Card").toString());
        } finally {
            assertTrue(Renderers.unregister(text));
        }
    }

    public record Row(String name, int n) {}

    public static final class Bean {
        public String getName() {
            return "b<1>";
        }

        public boolean isActive() {
            return true;
        }
    }

    @Test
    void listsOfRecordsBeansAndMapsAreTablesWithARowCount() {
        String records = MimeBundles.of(List.of(new Row("a", 1), new Row("b", 2)), "x").path("text/html").asText();
        assertTrue(records.startsWith("<table>\n<thead><tr><th>name</th><th>n</th></tr></thead>"), records);
        assertTrue(records.contains("<tr><td>a</td><td>1</td></tr>") && records.endsWith("<p>2 rows</p>"), records);
        String beans = MimeBundles.of(new Bean[] {new Bean()}, "x").path("text/html").asText();
        assertTrue(beans.contains("<th>active</th><th>name</th>") && beans.contains("<td>true</td><td>b&lt;1&gt;</td>"), beans);
        List<Map<String, Integer>> many = IntStream.range(0, 120).mapToObj(i -> Map.of("i", i)).toList();
        String maps = MimeBundles.of(many, "x").path("text/html").asText();
        assertTrue(maps.endsWith("<p>first 50 of 120 rows</p>") && maps.contains("<td>49</td>") && !maps.contains("<td>50</td>"), maps);
        assertTrue(MimeBundles.of(Map.of("k", "v"), "x").path("text/html").asText().contains("<td>k</td><td>v</td>"));
        assertFalse(MimeBundles.of(List.of("a", "b"), "x").has("text/html"), "a list of strings stays text");
        assertFalse(MimeBundles.of(List.of(new Row("a", 1), "b"), "x").has("text/html"), "mixed elements stay text");
    }

    @Test
    void jacksonTreesAreJsonAndRawJsonTextIsParsed() throws Exception {
        var tree = Json.MAPPER.readTree("{\"a\":[1,2]}");
        assertEquals(tree, MimeBundles.of(tree, "x").path("application/json"));
        ObjectNode raw = MimeBundles.of(dev.jawait.runtime.MimeBundle.of(Map.of("application/json", "[true]")), "x");
        assertTrue(raw.path("application/json").isArray(), raw.toString());
        ObjectNode bad = MimeBundles.of(dev.jawait.runtime.MimeBundle.of(Map.of("application/json", "{oops")), "x");
        assertFalse(bad.has("application/json"), "text that is not JSON is left out");
        assertEquals("{oops", bad.path("text/plain").asText(), "...and its text stays");
    }

    @Test
    void aChartIsAPngAndAStreamIsNotSubscribed() throws Exception {
        Object plot = Class.forName("org.jfree.chart.plot.PiePlot").getConstructor().newInstance();
        Object chart = Class.forName("org.jfree.chart.JFreeChart").getConstructor(Class.forName("org.jfree.chart.plot.Plot")).newInstance(plot);
        byte[] png = Base64.getDecoder().decode(MimeBundles.of(chart, "chart").path("image/png").asText());
        assertEquals('P', png[1]);
        assertEquals(LibraryRenderers.CHART_WIDTH, ((png[16] & 0xFF) << 24) | ((png[17] & 0xFF) << 16) | ((png[18] & 0xFF) << 8) | (png[19] & 0xFF));
        try (var publisher = new java.util.concurrent.SubmissionPublisher<Integer>()) {
            String html = MimeBundles.of(publisher, "p").path("text/html").asText();
            assertTrue(html.contains("<b>SubmissionPublisher</b>") && html.contains("not subscribed"), html);
            assertEquals(0, publisher.getNumberOfSubscribers());
        }
    }
}
