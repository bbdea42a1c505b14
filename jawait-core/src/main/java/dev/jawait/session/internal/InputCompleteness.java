package dev.jawait.session.internal;

import dev.jawait.analysis.CellAnalysis;
import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.CellInput;
import dev.jawait.analysis.Completeness;
import dev.jawait.analysis.LastValueReferences;
import dev.jawait.engine.internal.Engine;

/**
 * Whether an input is a whole cell, checked as far as a session can: the analysis decides what
 * is complete, incomplete or empty ({@link CellInput#completeness}, fast enough for every line a
 * prompt reads), and the Java of what it calls complete is parsed with javac's parser, so that
 * {@code int x = ;} is {@link Completeness#INVALID} (as Jupyter's {@code is_complete} wants)
 * rather than complete. Code is parsed as the session would run it: each stretch between magic
 * lines, snippet by snippet, {@code _} standing for a value.
 *
 * <p>Stateless and thread-safe (the engine's parser takes one request at a time).
 */
public final class InputCompleteness {
    /** What {@code _} is replaced by for parsing: any name would do. */
    private static final String LAST_VALUE = "$jwLastValue";

    private InputCompleteness() {}

    /** The analysis' verdict, with javac's parser turning complete code that does not parse into INVALID. */
    public static Completeness checked(String input, Engine engine) {
        Completeness verdict = CellInput.completeness(input);
        if (verdict != Completeness.COMPLETE || !(CellInput.parse(input) instanceof CellInput.Code code)) {
            return verdict;
        }
        for (CellInput.Segment segment : code.segments()) {
            if (segment instanceof CellInput.JavaText java) {
                String text = LastValueReferences.replace(java.text(), LAST_VALUE);
                CellAnalysis analysis = CellAnalyzer.analyze(text);
                if (analysis.completeness() == Completeness.INVALID || !engine.parseErrors(analysis, text).isEmpty()) {
                    return Completeness.INVALID;
                }
            }
        }
        return verdict;
    }
}
