package dev.jawait.widgets;

/** Widgets side by side ({@code HBoxModel}): {@code new HBox(slider, button)}. Thread-safe. */
public final class HBox extends Box {
    /** A row of {@code children}. */
    public HBox(Widget... children) {
        super("HBoxModel", "HBoxView", children);
    }
}
