package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A slider of whole numbers ({@code IntSliderModel}): {@code new IntSlider(0, 10, 5)}.
 * Thread-safe as {@link Widget} is.
 */
public final class IntSlider extends Widget {
    /** A slider from 0 to 100 at 0. */
    public IntSlider() {
        this(0, 100, 0);
    }

    /** A slider from {@code min} to {@code max} at {@code value}. */
    public IntSlider(int min, int max, int value) {
        super("IntSliderModel", "IntSliderView", state(min, max, value), true);
    }

    private static Map<String, Object> state(int min, int max, int value) {
        if (min > max) {
            throw new IllegalArgumentException("IntSlider: min " + min + " is above max " + max);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("_range", false);
        state.put("continuous_update", true);
        state.put("description", "");
        state.put("disabled", false);
        state.put("max", max);
        state.put("min", min);
        state.put("orientation", "horizontal");
        state.put("readout", true);
        state.put("readout_format", "d");
        state.put("step", 1);
        state.put("style", reference(Layout.style("SliderStyleModel", List.of("handle_color"))));
        state.put("value", Math.clamp(value, min, max));
        return state;
    }

    /** The value now (the front end's latest, once the user moved the slider). */
    public int value() {
        return ((Number) get("value")).intValue();
    }

    /** Moves the slider to {@code value} (clamped to min and max). */
    public void setValue(int value) {
        set("value", Math.clamp(value, min(), max()));
    }

    public int min() {
        return ((Number) get("min")).intValue();
    }

    public int max() {
        return ((Number) get("max")).intValue();
    }

    /** Sets the step between values. */
    public IntSlider step(int step) {
        set("step", step);
        return this;
    }

    /** Sets the label shown beside the slider. */
    public IntSlider description(String description) {
        set("description", description);
        return this;
    }

    /** Calls {@code listener} with each new value (on the thread that changed it). */
    public IntSlider onChange(Consumer<Integer> listener) {
        onChangeOf("value", value -> listener.accept(((Number) value).intValue()));
        return this;
    }

    /** A future completed with the next value the slider takes (a user's move, or a set from Java). */
    public CompletableFuture<Integer> nextChange() {
        return nextChangeOf("value", value -> ((Number) value).intValue());
    }

    @Override
    Object fromFrontEnd(String key, Object value) {
        return value instanceof Number number && List.of("value", "min", "max", "step").contains(key)
                ? (Object) number.intValue() : value;
    }

    @Override
    List<String> shownKeys() {
        return List.of("value", "min", "max", "description");
    }
}
