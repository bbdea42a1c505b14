package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A push button ({@code ButtonModel}): {@code await new Button("Go").nextClick()} waits for a
 * click. Clicks are events, not state. Thread-safe as {@link Widget} is.
 */
public final class Button extends Widget {
    private static final String CLICK = "\0click";

    /** A button labelled {@code description}. */
    public Button(String description) {
        super("ButtonModel", "ButtonView", state(description), true);
    }

    private static Map<String, Object> state(String description) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("button_style", "");
        state.put("description", description == null ? "" : description);
        state.put("disabled", false);
        state.put("icon", "");
        state.put("style", reference(Layout.style("ButtonStyleModel", List.of("button_color"))));
        state.put("tooltip", "");
        return state;
    }

    /** The label. */
    public String description() {
        return String.valueOf(get("description"));
    }

    /** Sets the label. */
    public Button description(String description) {
        set("description", description);
        return this;
    }

    /** Calls {@code listener} with this button on each click (on the kernel's comm thread). */
    public Button onClick(Consumer<Button> listener) {
        Objects.requireNonNull(listener, "listener");
        onChangeOf(CLICK, ignored -> listener.accept(this));
        return this;
    }

    /** A future completed with this button at its next click. */
    public CompletableFuture<Button> nextClick() {
        return nextChangeOf(CLICK, ignored -> this);
    }

    /** Clicks the button from Java: the click listeners run as for a click in the front end. */
    public void click() {
        custom(Map.of("event", "click"));
    }

    @Override
    void custom(Map<?, ?> content) {
        if ("click".equals(content.get("event"))) {
            fire(CLICK, this);
        }
    }

    @Override
    List<String> shownKeys() {
        return List.of("description");
    }
}
