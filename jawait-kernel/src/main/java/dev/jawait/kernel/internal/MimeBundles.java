package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.kernel.MimeRenderer;
import dev.jawait.kernel.Renderers;
import dev.jawait.runtime.MimeBundle;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * Builds the MIME bundle ({@code data} of {@code execute_result} / {@code display_data}) for a value:
 * {@code text/plain} always, then what the registered renderers and the built-in ones add (the
 * first to give a type wins; a renderer's {@code text/plain} replaces the value's text). A
 * renderer that throws is skipped and the failure logged: a broken renderer never breaks a cell.
 *
 * <p>Thread-safe (stateless).
 */
public final class MimeBundles {
    private static final List<MimeRenderer> BUILT_IN = List.of(MimeBundles::html, MimeBundles::png,
            LibraryRenderers::chart, LibraryRenderers::json, LibraryRenderers::stream, LibraryRenderers::tablesaw,
            TableRenderer::render);

    private MimeBundles() {}

    /** The bundle for {@code value}, whose plain text is {@code plainText}. */
    public static ObjectNode of(Object value, String plainText) {
        ObjectNode data = Json.object();
        if (value instanceof MimeBundle bundle) {
            return raw(bundle);
        }
        data.put("text/plain", plainText);
        if (value == null) {
            return data;
        }
        Set<String> given = new HashSet<>();
        for (MimeRenderer renderer : Renderers.registered()) {
            add(data, renderer, value, given);
        }
        for (MimeRenderer renderer : BUILT_IN) {
            add(data, renderer, value, given);
        }
        return data;
    }

    private static void add(ObjectNode data, MimeRenderer renderer, Object value, Set<String> given) {
        Map<String, Object> extra;
        try {
            extra = renderer.render(value);
        } catch (RuntimeException | LinkageError e) {
            KernelLog.warn("renderer " + renderer.getClass().getName() + " failed on a "
                    + value.getClass().getName() + ": " + e);
            return;
        }
        if (extra == null) {
            return;
        }
        extra.forEach((mime, content) -> {
            if (content != null && given.add(mime)) {
                data.set(mime, Json.MAPPER.valueToTree(content));
            }
        });
    }

    /**
     * A bundle given as such ({@code html(…)}, {@code display("<b>x</b>", "text/html")}): its types
     * only, JSON types' text parsed into JSON (text that is not JSON is left out, with a log line),
     * and its text (or placeholder) as {@code text/plain} when it has none.
     */
    static ObjectNode raw(MimeBundle bundle) {
        ObjectNode data = Json.object();
        bundle.data().forEach((mime, content) -> {
            if (isJson(mime) && content instanceof String text) {
                try {
                    data.set(mime, Json.MAPPER.readTree(text));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    KernelLog.warn(mime + " content is not JSON: " + e.getOriginalMessage());
                    if (!bundle.data().containsKey("text/plain")) {
                        data.put("text/plain", text); // shown as the text it is
                    }
                }
            } else if (content instanceof String text) {
                data.put(mime, text);
            } else {
                data.set(mime, Json.MAPPER.valueToTree(content));
            }
        });
        if (!data.has("text/plain")) {
            data.put("text/plain", bundle.text());
        }
        return data;
    }

    private static boolean isJson(String mime) {
        return mime.equals("application/json") || mime.endsWith("+json");
    }

    /** The bundle as the runtime's renderers hand it on: text as strings, JSON as trees. */
    public static Map<String, Object> asMap(ObjectNode data) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        data.properties().forEach(e -> map.put(e.getKey(), e.getValue().isTextual() ? e.getValue().asText() : e.getValue()));
        return map;
    }

    /** {@code text/html} from a public no-argument {@code toHtml()} method returning a String. */
    static Map<String, Object> html(Object value) {
        try {
            Method method = value.getClass().getMethod("toHtml");
            if (method.getReturnType() != String.class || Modifier.isStatic(method.getModifiers())) {
                return Map.of();
            }
            method.setAccessible(true); // a public method of a class declared in a cell (not exported)
            Object html = method.invoke(value);
            return html == null ? Map.of() : Map.of("text/html", html);
        } catch (NoSuchMethodException e) {
            return Map.of();
        } catch (ReflectiveOperationException | RuntimeException e) {
            KernelLog.warn("toHtml() of a " + value.getClass().getName() + " failed: " + e);
            return Map.of();
        }
    }

    /** {@code image/png} for a {@link RenderedImage} such as a {@code BufferedImage}. */
    static Map<String, Object> png(Object value) {
        if (!(value instanceof RenderedImage image)) {
            return Map.of();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                return Map.of();
            }
        } catch (IOException e) {
            KernelLog.warn("cannot encode an image as PNG: " + e);
            return Map.of();
        }
        return Map.of("image/png", Base64.getEncoder().encodeToString(bytes.toByteArray()));
    }
}
