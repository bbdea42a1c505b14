package dev.jawait.magic;

import dev.jawait.CellResult;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a magic produced: lines to show (before any value), and the result of code it ran in the
 * current cell, if any (so {@code %time await f()} shows its timing and then {@code Out[N]}).
 *
 * @param lines     lines to show, in order
 * @param ran       the result of the code the magic ran, if it ran any
 * @param nextInput text the front end should offer as the next input ({@code %load}: the terminal
 *                  prefills its prompt, Jupyter sends {@code set_next_input}), if any
 */
public record MagicResult(List<String> lines, Optional<CellResult> ran, Optional<String> nextInput) {
    public MagicResult {
        lines = List.copyOf(lines);
        Objects.requireNonNull(ran);
        Objects.requireNonNull(nextInput);
    }

    public MagicResult(List<String> lines, Optional<CellResult> ran) {
        this(lines, ran, Optional.empty());
    }

    /** Offers {@code text} as the next input, with lines to show. */
    public static MagicResult nextInput(String text, String... lines) {
        return new MagicResult(List.of(lines), Optional.empty(), Optional.of(text));
    }

    /** Nothing to show. */
    public static MagicResult none() {
        return new MagicResult(List.of(), Optional.empty());
    }

    /** Lines to show. */
    public static MagicResult show(String... lines) {
        return new MagicResult(List.of(lines), Optional.empty());
    }

    /** Lines to show. */
    public static MagicResult show(List<String> lines) {
        return new MagicResult(lines, Optional.empty());
    }

    /** Lines to show, then the result of code the magic ran. */
    public static MagicResult ran(List<String> lines, CellResult ran) {
        return new MagicResult(lines, Optional.of(ran));
    }
}
