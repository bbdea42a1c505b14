package dev.jawait.comm;

import java.util.Map;

/**
 * A value a front end shows through a comm (a widget): {@code display(x)}, or {@code x} as the
 * last line of a cell, publishes {@link #viewBundle()} instead of the value's text where comms
 * work; elsewhere the value's {@code toString()} is shown.
 *
 * <p>Implementations must be thread-safe.
 */
public interface FrontEndView {
    /** The MIME bundle to publish, e.g. {@code application/vnd.jupyter.widget-view+json}. */
    Map<String, Object> viewBundle();

    /** Called just before the bundle is published, on the thread that displays it. */
    default void beforeShown() {}
}
