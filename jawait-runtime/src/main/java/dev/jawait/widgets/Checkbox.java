package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A check box ({@code CheckboxModel}). Thread-safe as {@link Widget} is. */
public final class Checkbox extends Widget {
    /** An unchecked box. */
    public Checkbox() {
        this(false);
    }

    /** A box checked when {@code value}. */
    public Checkbox(boolean value) {
        super("CheckboxModel", "CheckboxView", state(value), true);
    }

    private static Map<String, Object> state(boolean value) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("description", "");
        state.put("disabled", false);
        state.put("value", value);
        return state;
    }

    /** Whether it is checked now. */
    public boolean value() {
        return Boolean.TRUE.equals(get("value"));
    }

    /** Checks or unchecks it. */
    public void setValue(boolean value) {
        set("value", value);
    }

    /** Sets the label shown beside the box. */
    public Checkbox description(String description) {
        set("description", description);
        return this;
    }

    /** Calls {@code listener} with each new value. */
    public Checkbox onChange(Consumer<Boolean> listener) {
        onChangeOf("value", value -> listener.accept(Boolean.TRUE.equals(value)));
        return this;
    }

    /** A future completed with the next value. */
    public CompletableFuture<Boolean> nextChange() {
        return nextChangeOf("value", Boolean.TRUE::equals);
    }

    @Override
    List<String> shownKeys() {
        return List.of("value", "description");
    }
}
