package dev.jawait.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the display helpers of {@link SessionHelpers} do: JJava's rules for MIME types given with a
 * value, jawait's display ids, the raw-bundle and image helpers.
 *
 * <p>Stateless and thread-safe.
 */
final class RichDisplay {
    private RichDisplay() {}

    /** {@code display(value)}: a raw bundle when {@code value} is a map keyed by MIME types. */
    static String display(Object value) {
        return Display.show(asBundle(value), Display.newId(), false);
    }

    /** {@code display(value, second)}: JJava's MIME type when {@code second} is {@code type/subtype}, else jawait's id. */
    static String display(Object value, String second) {
        if (second == null) {
            return display(value);
        }
        if (MimeBundle.isMimeType(second)) {
            return display(value, new String[] {second});
        }
        return Display.show(asBundle(value), second, false);
    }

    static String display(Object value, String... types) {
        return Display.show(types.length == 0 ? asBundle(value) : render(value, types), Display.newId(), false);
    }

    static void update(String id, Object value, String... types) {
        Display.show(types.length == 0 ? asBundle(value) : render(value, types), requireId(id), true);
    }

    /** {@code updateDisplay(a, b)} with two strings: jawait's order only when {@code b} is an id shown and {@code a} is not. */
    static void updateEitherOrder(String a, String b) {
        if (b != null && Display.wasShown(b) && (a == null || !Display.wasShown(a))) {
            update(b, a);
        } else {
            update(a, b);
        }
    }

    /**
     * JJava's {@code render}: with no types, every representation the front end has for {@code value};
     * with types, only those (and {@code text/plain}). A {@code CharSequence} with types is the
     * content of each type, as JJava has it: {@code render("<b>x</b>", "text/html")}.
     */
    static MimeBundle render(Object value, String... types) {
        for (String type : types) {
            if (!MimeBundle.isMimeType(type)) {
                throw new IllegalArgumentException("not a MIME type: \"" + type + "\" (types look like \"text/html\")");
            }
        }
        if (value instanceof MimeBundle bundle) {
            return types.length == 0 ? bundle : bundle.only(Arrays.asList(types));
        }
        if (value instanceof CharSequence text && types.length > 0) {
            Map<String, Object> data = new LinkedHashMap<>();
            for (String type : types) {
                data.put(type, text.toString());
            }
            data.putIfAbsent("text/plain", text.toString());
            return MimeBundle.of(data);
        }
        Object shown = asBundle(value);
        MimeBundle full = shown instanceof MimeBundle bundle ? bundle : MimeBundle.of(Display.sink().render(value));
        return types.length == 0 ? full : full.only(Arrays.asList(types));
    }

    /** {@code text} as {@code type}, with {@code plain} (or {@code text} itself) as its text/plain part. */
    static MimeBundle text(String type, CharSequence text, String plain) {
        if (text == null) {
            throw new IllegalArgumentException(type + ": the content is null");
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(type, text.toString());
        data.put("text/plain", plain != null ? plain : text.toString());
        return MimeBundle.of(data);
    }

    /** {@code application/json} of JSON text or of a value (a map, a list, a Jackson tree). */
    static MimeBundle json(Object json) {
        if (json == null) {
            throw new IllegalArgumentException("json: the content is null");
        }
        if (json instanceof CharSequence text) {
            return text("application/json", text, null);
        }
        return MimeBundle.of(Map.of("application/json", json, "text/plain", String.valueOf(json)));
    }

    static MimeBundle image(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("image: no bytes");
        }
        String type = ImageBytes.type(bytes);
        if (type == null) {
            throw new IllegalArgumentException("image: not a PNG, JPEG, GIF or SVG image (" + bytes.length + " bytes)");
        }
        if (type.equals("image/svg+xml")) {
            return text(type, new String(bytes, StandardCharsets.UTF_8), "[image/svg+xml]");
        }
        return MimeBundle.of(Map.of(type, MimeBundle.base64(bytes),
                "text/plain", "[" + type + " " + ImageBytes.describe(bytes) + "]"));
    }

    static MimeBundle image(Path path) {
        Path file = SessionEnvironment.current().directory().resolve(path);
        try {
            return image(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("image: no such file: " + file);
        } catch (IOException e) {
            throw new IllegalArgumentException("image: cannot read " + file + ": " + e.getMessage());
        }
    }

    static MimeBundle image(URL url) {
        try (InputStream in = url.openStream()) {
            return image(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalArgumentException("image: cannot read " + url + ": " + e);
        }
    }

    private static Object asBundle(Object value) {
        return value instanceof Map<?, ?> map && !(value instanceof MimeBundle) && MimeBundle.isBundle(map)
                ? MimeBundle.of(stringKeys(map)) : value;
    }

    private static Map<String, ?> stringKeys(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put((String) k, v));
        return copy;
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("updateDisplay: no display id (use the id display(…) returned)");
        }
        return id;
    }

}
