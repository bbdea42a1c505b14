package dev.jawait.analysis;

import java.util.Objects;

/**
 * The result of {@link AwaitRewriter#rewrite(String)}: the code to compile and the map from its
 * offsets back to the user's source. Immutable and thread-safe.
 *
 * @param code the rewritten code; the input itself when it holds no {@code await} operator and
 *             no {@code for await}
 * @param map  offsets in {@code code} to offsets in the original source
 */
public record Rewritten(String code, PositionMap map) {
    /** Checks that the required components are not null. */
    public Rewritten {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(map, "map");
    }
}
