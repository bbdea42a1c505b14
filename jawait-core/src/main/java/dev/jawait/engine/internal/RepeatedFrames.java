package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collapses a recursion in a traceback: a run of the same frame, or of the same few frames
 * ({@code f} calls {@code g} calls {@code f} …), repeated again and again is shown once, followed
 * by a line that says how many frames it stands for. A {@code StackOverflowError} then reads as
 * <pre>
 *     at depth (In[4], line 1)
 *     ... 1023 more calls of depth (In[4], line 1)
 * </pre>
 * instead of a thousand identical lines (Python prints "Previous line repeated 996 more times").
 *
 * <p>Stateless and thread-safe.
 */
final class RepeatedFrames {
    /** The longest cycle looked for: mutual recursion over more methods than this is rare. */
    private static final int LONGEST_CYCLE = 8;
    /** A cycle is collapsed once it is seen this many times in a row. */
    private static final int SHORTEST_RUN = 3;

    private RepeatedFrames() {}

    /** {@code frames} (one line each, innermost first) with each long repetition collapsed. */
    static List<String> collapse(List<String> frames) {
        List<String> out = new ArrayList<>(frames.size());
        int i = 0;
        while (i < frames.size()) {
            int cycle = 0;
            int repeats = 0;
            for (int length = 1; length <= LONGEST_CYCLE && i + length * SHORTEST_RUN <= frames.size(); length++) {
                int times = repeatsAt(frames, i, length);
                if (times >= SHORTEST_RUN) {
                    cycle = length;
                    repeats = times;
                    break;
                }
            }
            if (cycle == 0) {
                out.add(frames.get(i++));
                continue;
            }
            List<String> block = frames.subList(i, i + cycle);
            out.addAll(block);
            int more = cycle * (repeats - 1);
            out.add(cycle == 1
                    ? "... " + more + " more calls of " + block.getFirst().substring("at ".length())
                    : "... " + more + " more frames repeating the " + cycle + " above");
            i += cycle * repeats;
        }
        return out;
    }

    /** How many times the {@code length} frames at {@code start} occur in a row from there. */
    private static int repeatsAt(List<String> frames, int start, int length) {
        int times = 1;
        int next = start + length;
        while (next + length <= frames.size() && frames.subList(next, next + length).equals(frames.subList(start, start + length))) {
            times++;
            next += length;
        }
        return times;
    }
}
