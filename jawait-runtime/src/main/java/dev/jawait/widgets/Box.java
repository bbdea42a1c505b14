package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Widgets side by side ({@link HBox}) or stacked ({@link VBox}); the children are fixed when the box
 * is made. Thread-safe as {@link Widget} is.
 */
public abstract sealed class Box extends Widget permits HBox, VBox {
    private final List<Widget> children;

    Box(String model, String view, Widget... children) {
        super(model, view, state(children), true);
        this.children = List.of(children);
    }

    private static Map<String, Object> state(Widget... children) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("box_style", "");
        state.put("children", java.util.Arrays.stream(children).map(Widget::reference).toList());
        return state;
    }

    /** The widgets in the box, in order. */
    public List<Widget> children() {
        return children;
    }

    @Override
    List<String> shownKeys() {
        return List.of();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + children;
    }
}
