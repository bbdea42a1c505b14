package dev.jawait.runtime;

import java.util.Objects;

/**
 * The installed {@link DisplaySink}. Without a front end that installs one, {@code display(x)}
 * prints {@code String.valueOf(x)} on {@code System.out} and {@code clearOutput()} does nothing.
 *
 * <p>Thread-safe: the sink is held in a volatile field.
 */
public final class Display {
    private static final DisplaySink PRINTING = new DisplaySink() {
        @Override
        public void display(Object value, String displayId, boolean update) {
            System.out.println(value);
        }

        @Override
        public void clearOutput(boolean wait) {
            // a plain stream cannot take output back
        }
    };

    private static volatile DisplaySink sink = PRINTING;

    private Display() {}

    /** Installs {@code newSink} for this JVM and returns the one it replaces. */
    public static DisplaySink install(DisplaySink newSink) {
        DisplaySink previous = sink;
        sink = Objects.requireNonNull(newSink, "sink");
        return previous;
    }

    /** The installed sink (a printing one by default). */
    public static DisplaySink sink() {
        return sink;
    }
}
