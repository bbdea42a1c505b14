package dev.jawait.widgets;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An image shown in the page ({@code ImageModel}): PNG, JPEG or GIF bytes. ipywidgets 6 (what
 * Notebook 6's widgets speak) sends them base64-encoded in the state key {@code _b64value}, not as
 * a binary buffer as ipywidgets 7 does. Thread-safe as {@link Widget} is.
 *
 * <pre>{@code
 * var picture = new Image(Files.readAllBytes(Path.of("plot.png")));
 * display(picture);
 * picture.setValue(otherPng);   // the page shows the new image
 * }</pre>
 */
public final class Image extends Widget {
    /** A PNG image of {@code bytes}. */
    public Image(byte[] bytes) {
        this(bytes, "png");
    }

    /** An image of {@code bytes} in {@code format} ({@code png}, {@code jpeg}, {@code gif}). */
    public Image(byte[] bytes, String format) {
        super("ImageModel", "ImageView", state(bytes, format), true);
    }

    private static Map<String, Object> state(byte[] bytes, String format) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("format", Objects.requireNonNull(format, "format"));
        state.put("width", "");
        state.put("height", "");
        state.put("_b64value", Base64.getEncoder().encodeToString(Objects.requireNonNull(bytes, "bytes")));
        return state;
    }

    /** The image's bytes now. */
    public byte[] value() {
        return Base64.getDecoder().decode(String.valueOf(get("_b64value")));
    }

    /** Shows {@code bytes} instead (same format). */
    public void setValue(byte[] bytes) {
        set("_b64value", Base64.getEncoder().encodeToString(Objects.requireNonNull(bytes, "bytes")));
    }

    /** Sets the shown width (CSS pixels as text, e.g. {@code "200"}; empty for the image's own). */
    public Image width(String width) {
        set("width", width);
        return this;
    }

    /** Sets the shown height (as {@link #width}). */
    public Image height(String height) {
        set("height", height);
        return this;
    }

    @Override
    List<String> shownKeys() {
        return List.of("format", "width", "height");
    }
}
