package dev.jawait.widgets;

/** Widgets stacked ({@code VBoxModel}): {@code new VBox(slider, button)}. Thread-safe. */
public final class VBox extends Box {
    /** A column of {@code children}. */
    public VBox(Widget... children) {
        super("VBoxModel", "VBoxView", children);
    }
}
