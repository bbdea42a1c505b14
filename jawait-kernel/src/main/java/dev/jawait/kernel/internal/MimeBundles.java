package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jawait.kernel.MimeRenderer;
import dev.jawait.kernel.Renderers;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Builds the MIME bundle ({@code data} of {@code execute_result} / {@code display_data}) for a value:
 * {@code text/plain} always, then what the registered renderers and the built-in ones add. A
 * renderer that throws is skipped and the failure logged: a broken renderer never breaks a cell.
 *
 * <p>Thread-safe (stateless).
 */
public final class MimeBundles {
    private static final List<MimeRenderer> BUILT_IN = List.of(MimeBundles::html, MimeBundles::png);

    private MimeBundles() {}

    /** The bundle for {@code value}, whose plain text is {@code plainText}. */
    public static ObjectNode of(Object value, String plainText) {
        ObjectNode data = Json.object();
        data.put("text/plain", plainText);
        if (value == null) {
            return data;
        }
        for (MimeRenderer renderer : Renderers.registered()) {
            add(data, renderer, value);
        }
        for (MimeRenderer renderer : BUILT_IN) {
            add(data, renderer, value);
        }
        return data;
    }

    private static void add(ObjectNode data, MimeRenderer renderer, Object value) {
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
            if (!data.has(mime) && content != null) {
                data.set(mime, Json.MAPPER.valueToTree(content));
            }
        });
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
