package dev.jawait.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.kernel.MimeRenderer;
import dev.jawait.kernel.Renderers;
import java.awt.image.BufferedImage;
import java.util.Base64;
import java.util.Map;
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
}
