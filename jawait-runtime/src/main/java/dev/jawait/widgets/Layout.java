package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSS layout model every shown widget refers to ({@code layout}); jawait's widgets open one
 * each with no property set, as ipywidgets does. Thread-safe as {@link Widget} is.
 */
final class Layout extends Widget {
    private static final List<String> PROPERTIES = List.of("align_content", "align_items", "align_self",
            "border", "bottom", "display", "flex", "flex_flow", "height", "justify_content", "left", "margin",
            "max_height", "max_width", "min_height", "min_width", "order", "overflow", "overflow_x", "overflow_y",
            "padding", "right", "top", "visibility", "width");

    Layout() {
        super("LayoutModel", "LayoutView", unset(PROPERTIES), false);
    }

    /** A style model ({@code style}) of {@code model} with {@code properties} unset. */
    static Widget style(String model, List<String> properties) {
        return new Style(model, unset(properties));
    }

    private static Map<String, Object> unset(List<String> keys) {
        Map<String, Object> state = new LinkedHashMap<>();
        keys.forEach(key -> state.put(key, null));
        return state;
    }

    @Override
    List<String> shownKeys() {
        return List.of();
    }

    /** A slider's or button's style model. */
    private static final class Style extends Widget {
        Style(String model, Map<String, Object> state) {
            super(model, "StyleView", state, false);
        }

        @Override
        List<String> shownKeys() {
            return List.of();
        }
    }
}
