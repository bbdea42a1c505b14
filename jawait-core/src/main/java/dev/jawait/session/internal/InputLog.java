package dev.jawait.session.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What the user typed in this session, as JShell keeps it: every input for {@code /history}
 * and {@code /save -history}, and the valid ones (inputs that ran without error, {@code /drop}
 * commands, the cells of files opened) since the session started or was last reset or reloaded,
 * which {@code /reload} replays. {@code /reload -restore} replays the period before too.
 *
 * <p>Not thread-safe: the session uses it under its cell lock.
 */
final class InputLog {
    private final List<String> typed = new ArrayList<>();
    private List<String> previous = List.of();
    private List<String> current = new ArrayList<>();

    void typed(String input) {
        typed.add(input);
    }

    void valid(String input) {
        current.add(input);
    }

    /** Every input typed in this session, in order. */
    List<String> history() {
        return List.copyOf(typed);
    }

    /** What {@code /reload} replays: the valid inputs since the last restart, and with {@code restore} the period before too. */
    List<String> replay(boolean restore) {
        List<String> inputs = new ArrayList<>(restore ? previous : List.of());
        inputs.addAll(current);
        return inputs;
    }

    /** A new period starts ({@code /reset}). */
    void restarted() {
        restarted(List.of());
    }

    /** A new period starts with {@code replayed} in it ({@code /reload}, {@code /env}). */
    void restarted(List<String> replayed) {
        previous = current;
        current = new ArrayList<>(replayed);
    }
}
