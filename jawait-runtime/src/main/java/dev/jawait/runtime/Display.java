package dev.jawait.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The installed {@link DisplaySink}, and the display ids handed out. Without a front end that
 * installs a sink, {@code display(x)} prints the text of {@code x} on {@code System.out} (a
 * {@link MimeBundle}'s {@code text/plain} part or its placeholder, never raw bytes) and
 * {@code clearOutput()} does nothing.
 *
 * <p>Thread-safe: the sink is held in a volatile field, the ids in a synchronized map.
 */
public final class Display {
    private static final int KEPT_IDS = 4096;
    private static final DisplaySink PRINTING = new DisplaySink() {
        @Override
        public void display(Object value, String displayId, boolean update) {
            System.out.println(plainText(value));
        }

        @Override
        public void clearOutput(boolean wait) {
            // a plain stream cannot take output back
        }
    };

    private static volatile DisplaySink sink = PRINTING;
    private static volatile Object lastReturnedId;
    private static final Set<String> SHOWN_IDS = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>() {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > KEPT_IDS;
                }
            }));

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

    /**
     * Whether {@code value} is the very id object the latest {@code display(…)} call returned: a
     * cell whose last line is {@code display(x)} shows the display, not its id as {@code Out[N]}.
     */
    public static boolean isReturnedId(Object value) {
        return value != null && value == lastReturnedId;
    }

    /** The text a front end without rich output shows for {@code value}. */
    static String plainText(Object value) {
        return value instanceof MimeBundle bundle ? bundle.text() : String.valueOf(value);
    }

    /** A new display id (a random UUID, as Jupyter's kernels use). */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Shows {@code value} under {@code id} (or updates it) and returns the id to give the caller. */
    static String show(Object value, String id, boolean update) {
        SHOWN_IDS.add(id);
        sink.display(value, id, update);
        if (update) {
            return id;
        }
        String returned = new String(id); // a fresh object, recognised by isReturnedId
        lastReturnedId = returned;
        return returned;
    }

    /** Whether {@code id} was shown (or updated) in this JVM, among the latest few thousand. */
    static boolean wasShown(String id) {
        return SHOWN_IDS.contains(id);
    }
}
