package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A one-line text field ({@code TextModel}). Thread-safe as {@link Widget} is. */
public final class Text extends Widget {
    /** An empty field. */
    public Text() {
        this("");
    }

    /** A field holding {@code value}. */
    public Text(String value) {
        super("TextModel", "TextView", state(value), true);
    }

    private static Map<String, Object> state(String value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("description", "");
        state.put("disabled", false);
        state.put("placeholder", "\u200b");
        state.put("value", value == null ? "" : value);
        return state;
    }

    /** The text now. */
    public String value() {
        return String.valueOf(get("value"));
    }

    /** Replaces the text. */
    public void setValue(String value) {
        set("value", value == null ? "" : value);
    }

    /** Sets the label shown beside the field. */
    public Text description(String description) {
        set("description", description);
        return this;
    }

    /** Sets the grey text shown while the field is empty. */
    public Text placeholder(String placeholder) {
        set("placeholder", placeholder);
        return this;
    }

    /** Calls {@code listener} with each new text (each key typed, in Notebook 6). */
    public Text onChange(Consumer<String> listener) {
        onChangeOf("value", value -> listener.accept(String.valueOf(value)));
        return this;
    }

    /** A future completed with the next text. */
    public CompletableFuture<String> nextChange() {
        return nextChangeOf("value", String::valueOf);
    }

    @Override
    List<String> shownKeys() {
        return List.of("value", "description");
    }
}
