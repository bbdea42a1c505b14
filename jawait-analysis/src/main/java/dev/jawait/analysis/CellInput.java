package dev.jawait.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What a user submitted, classified: the first step of running any input, and the one place
 * that decides what is a command, a help request, a magic or code. Every front end hands its
 * input to the session unchanged; the session parses it here.
 *
 * <ul>
 *   <li>{@link Blank}: only white space;</li>
 *   <li>{@link Command}: one line {@code /name args} (JShell's commands) or {@code exit};</li>
 *   <li>{@link HelpRequest}: one line {@code NAME?} or {@code NAME??} (IPython's {@code obj?}),
 *       also {@code %magic?} and {@code %%magic?};</li>
 *   <li>{@link CellMagic}: a cell whose first line is {@code %%name args};</li>
 *   <li>{@link Code}: Java, with line magics ({@code %name args} on lines of their own)
 *       between its stretches.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface CellInput {

    /** Classifies {@code input}; never throws. */
    static CellInput parse(String input) {
        return InputParser.parse(input == null ? "" : input);
    }

    /**
     * Whether {@code input} is a whole cell yet, as a prompt decides whether to ask for another
     * line: commands and help requests are complete lines; a cell magic takes the lines that
     * follow up to a blank line (as in IPython); code is complete when its Java is (magic lines
     * aside). The input is the cell as typed so far, without the newline of the line entered.
     */
    static Completeness completeness(String input) {
        return InputParser.completeness(input == null ? "" : input);
    }

    /** Nothing but white space. */
    record Blank() implements CellInput {}

    /**
     * A command line: {@code /vars}, {@code /help exit}, {@code exit}.
     *
     * @param name      the command's name without {@code /} ({@code exit} for a bare {@code exit})
     * @param arguments the rest of the line, stripped, without a final {@code ;}
     */
    record Command(String name, String arguments) implements CellInput {
        /** Checks that the required components are not null. */
        public Command {
            Objects.requireNonNull(name);
            Objects.requireNonNull(arguments);
        }
    }

    /**
     * A request for documentation: {@code String.valueOf?}, {@code f.thenApply??},
     * {@code %time?}, {@code %%time?}.
     *
     * @param target   what to document: an expression such as {@code String.valueOf}, or a magic
     *                 as {@code %time} / {@code %%time}
     * @param detailed whether it ended in {@code ??} (IPython's "more": jawait adds the source of
     *                 what the session declared)
     */
    record HelpRequest(String target, boolean detailed) implements CellInput {
        /** Checks that the required components are not null. */
        public HelpRequest {
            Objects.requireNonNull(target);
        }

        /** Whether the target is a magic ({@code %time} or {@code %%time}). */
        public boolean isMagic() {
            return target.startsWith("%");
        }
    }

    /**
     * A cell magic: {@code %%name args} on the first line, the rest of the cell its body.
     *
     * @param name      the magic's name without {@code %%}
     * @param arguments the rest of the first line, stripped, without a trailing {@code //} comment
     * @param body      the lines after the first
     */
    record CellMagic(String name, String arguments, String body) implements CellInput {
        /** Checks that the required components are not null. */
        public CellMagic {
            Objects.requireNonNull(name);
            Objects.requireNonNull(arguments);
            Objects.requireNonNull(body);
        }
    }

    /** Java code and the line magics between its stretches, in order. */
    record Code(List<Segment> segments) implements CellInput {
        /** Copies the lists (unmodifiable). */
        public Code {
            segments = List.copyOf(segments);
        }
    }

    /** One piece of a {@link Code} input. */
    sealed interface Segment permits MagicLine, JavaText {}

    /**
     * A line magic: {@code %name args} on a line of its own.
     *
     * @param name      the magic's name without {@code %} (a final {@code ?} asks for its help)
     * @param arguments the rest of the line, stripped, without a trailing {@code //} comment
     * @param line      its line in the input, from 1
     */
    record MagicLine(String name, String arguments, int line) implements Segment {
        /** Checks that the required components are not null. */
        public MagicLine {
            Objects.requireNonNull(name);
            Objects.requireNonNull(arguments);
        }
    }

    /**
     * A stretch of Java between magic lines, preceded by as many newlines as the lines before
     * it, so that line numbers in errors are those of the whole input.
     */
    record JavaText(String text) implements Segment {
        /** Checks that the required components are not null. */
        public JavaText {
            Objects.requireNonNull(text);
        }
    }
}
