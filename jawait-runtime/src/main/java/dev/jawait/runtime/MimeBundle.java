package dev.jawait.runtime;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Output already in Jupyter's form: MIME type to content ({@code text/html} → an HTML string,
 * {@code image/png} → base64, {@code application/json} → JSON text or a value). What
 * {@code html(…)}, {@code svg(…)}, {@code image(…)}, {@code render(…)} and
 * {@code display(value, "text/html")} make; {@code display} of one, or one as a cell's value, shows
 * exactly these types in Jupyter, and elsewhere its {@link #text() text}: the {@code text/plain}
 * part, or a placeholder such as {@code [image/png 640×480]} (never raw bytes).
 *
 * <p>Immutable and thread-safe.
 */
public final class MimeBundle {
    private static final Pattern MIME_TYPE = Pattern.compile("[A-Za-z0-9][\\w.+-]*/[A-Za-z0-9][\\w.+-]*");
    private final Map<String, Object> data;

    private MimeBundle(Map<String, Object> data) {
        this.data = Collections.unmodifiableMap(data);
    }

    /**
     * A bundle of {@code data} (in its order).
     *
     * @throws IllegalArgumentException when it is empty, a key is not a MIME type ({@code type/subtype})
     *         or a content is null
     */
    public static MimeBundle of(Map<String, ?> data) {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty()) {
            throw new IllegalArgumentException("a MIME bundle needs at least one type, e.g. Map.of(\"text/html\", \"<b>hi</b>\")");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        data.forEach((type, content) -> {
            if (!isMimeType(type)) {
                throw new IllegalArgumentException("not a MIME type: " + quoted(type)
                        + " (a bundle's keys are types such as \"text/html\" or \"image/png\")");
            }
            if (content == null) {
                throw new IllegalArgumentException("the content of " + type + " is null");
            }
            copy.put(type, content instanceof CharSequence text ? text.toString() : content);
        });
        return new MimeBundle(copy);
    }

    /** Whether {@code text} has the form of a MIME type ({@code type/subtype}, no parameters). */
    public static boolean isMimeType(Object text) {
        return text instanceof String s && MIME_TYPE.matcher(s).matches();
    }

    /** Whether {@code map} is a raw bundle: not empty, and every key a MIME type. */
    static boolean isBundle(Map<?, ?> map) {
        return !map.isEmpty() && map.keySet().stream().allMatch(MimeBundle::isMimeType);
    }

    /** MIME type to content, in the order given; unmodifiable. */
    public Map<String, Object> data() {
        return data;
    }

    /** This bundle with only the types in {@code types} and {@code text/plain}. */
    MimeBundle only(java.util.List<String> types) {
        Map<String, Object> kept = new LinkedHashMap<>();
        data.forEach((type, content) -> {
            if (type.equals("text/plain") || types.contains(type)) {
                kept.put(type, content);
            }
        });
        if (kept.isEmpty()) {
            kept.put("text/plain", text());
        }
        return new MimeBundle(kept);
    }

    /**
     * What a front end without rich output prints: the {@code text/plain} part, else a placeholder
     * naming the first type ({@code [image/png 640×480]}, {@code [image/svg+xml]}).
     */
    public String text() {
        Object plain = data.get("text/plain");
        if (plain != null) {
            return String.valueOf(plain);
        }
        Map.Entry<String, Object> first = data.entrySet().iterator().next();
        String size = first.getKey().startsWith("image/") && first.getValue() instanceof String base64
                ? ImageBytes.describeBase64(base64) : "";
        return "[" + first.getKey() + (size.isEmpty() ? "" : " " + size) + "]";
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MimeBundle bundle && bundle.data.equals(data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    private static String quoted(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
