package dev.jawait.widgets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A drop-down list of strings ({@code DropdownModel}); its value is the chosen option. Thread-safe
 * as {@link Widget} is.
 */
public final class Dropdown extends Widget {
    /** A list of {@code options}, the first chosen. */
    public Dropdown(String... options) {
        this(List.of(options));
    }

    /** A list of {@code options}, the first chosen. */
    public Dropdown(List<String> options) {
        super("DropdownModel", "DropdownView", state(options), true);
    }

    private static Map<String, Object> state(List<String> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("Dropdown: give at least one option");
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("_options_labels", List.copyOf(options));
        state.put("description", "");
        state.put("disabled", false);
        state.put("value", options.getFirst());
        return state;
    }

    /** The options, in order. */
    @SuppressWarnings("unchecked")
    public List<String> options() {
        return (List<String>) get("_options_labels");
    }

    /** The chosen option. */
    public String value() {
        return String.valueOf(get("value"));
    }

    /** Chooses {@code option}; one not in the list is refused. */
    public void setValue(String option) {
        if (!options().contains(option)) {
            throw new IllegalArgumentException("Dropdown: " + option + " is not one of " + options());
        }
        set("value", option);
    }

    /** Sets the label shown beside the list. */
    public Dropdown description(String description) {
        set("description", description);
        return this;
    }

    /** Calls {@code listener} with each new choice. */
    public Dropdown onChange(Consumer<String> listener) {
        onChangeOf("value", value -> listener.accept(String.valueOf(value)));
        return this;
    }

    /** A future completed with the next choice. */
    public CompletableFuture<String> nextChange() {
        return nextChangeOf("value", String::valueOf);
    }

    @Override
    List<String> shownKeys() {
        return List.of("value", "options", "description");
    }

    @Override
    public String toString() {
        return "Dropdown(value=\"" + value() + "\", options=" + options() + ")";
    }
}
