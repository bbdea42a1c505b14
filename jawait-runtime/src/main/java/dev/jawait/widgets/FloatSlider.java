package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A slider of decimal numbers ({@code FloatSliderModel}): {@code new FloatSlider(0, 10, 5)}.
 * Thread-safe as {@link Widget} is.
 */
public final class FloatSlider extends Widget {
    /** A slider from 0 to 100 at 0. */
    public FloatSlider() {
        this(0.0, 100.0, 0.0);
    }

    /** A slider from {@code min} to {@code max} at {@code value}. */
    public FloatSlider(double min, double max, double value) {
        super("FloatSliderModel", "FloatSliderView", state(min, max, value), true);
    }

    private static Map<String, Object> state(double min, double max, double value) {
        if (min > max) {
            throw new IllegalArgumentException("FloatSlider: min " + min + " is above max " + max);
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
        state.put("readout_format", ".2f");
        state.put("step", 0.1);
        state.put("slider_color", null);
        state.put("value", Math.clamp(value, min, max));
        return state;
    }

    /** The value now (the front end's latest, once the user moved the slider). */
    public double value() {
        return ((Number) get("value")).doubleValue();
    }

    /** Moves the slider to {@code value} (clamped to min and max). */
    public void setValue(double value) {
        set("value", Math.clamp(value, min(), max()));
    }

    public double min() {
        return ((Number) get("min")).doubleValue();
    }

    public double max() {
        return ((Number) get("max")).doubleValue();
    }

    /** Sets the step between values. */
    public FloatSlider step(double step) {
        set("step", step);
        return this;
    }

    /** Sets the label shown beside the slider. */
    public FloatSlider description(String description) {
        set("description", description);
        return this;
    }

    /** Calls {@code listener} with each new value (on the thread that changed it). */
    public FloatSlider onChange(Consumer<Double> listener) {
        onChangeOf("value", value -> listener.accept(((Number) value).doubleValue()));
        return this;
    }

    /** A future completed with the next value the slider takes (a user's move, or a set from Java). */
    public CompletableFuture<Double> nextChange() {
        return nextChangeOf("value", value -> ((Number) value).doubleValue());
    }

    @Override
    Object fromFrontEnd(String key, Object value) {
        return value instanceof Number number && List.of("value", "min", "max", "step").contains(key)
                ? (Object) number.doubleValue() : value;
    }

    @Override
    List<String> shownKeys() {
        return List.of("value", "min", "max", "description");
    }
}
