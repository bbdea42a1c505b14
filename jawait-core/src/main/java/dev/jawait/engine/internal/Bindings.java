package dev.jawait.engine.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Declares a variable and sets it to an object without the value passing through source text:
 * {@code TYPE name;} is evaluated, then the execution control sets the wrapper class's field
 * (JShell's {@code varValue} call, answered by setting instead of reading). Used for
 * {@code embed()}'s bindings and to put back a variable that a rejected snippet replaced.
 *
 * <p>Not thread-safe: the engine calls it from one cell at a time.
 */
final class Bindings {
    private final JShell shell;
    private final JawaitExecutionControl control;
    private final VariableSlots slots;

    Bindings(JShell shell, JawaitExecutionControl control, VariableSlots slots) {
        this.shell = shell;
        this.control = control;
        this.slots = slots;
    }

    /**
     * Declares {@code typeSource name;} and sets it to {@code value}.
     *
     * @throws IllegalArgumentException when the declaration does not compile or the value is not
     *     of that type; the message says why, and nothing is left declared
     */
    void bind(String name, Object value, String typeSource) {
        List<SnippetEvent> events = shell.eval(typeSource + " " + name + ";");
        Optional<VarSnippet> declared = events.stream()
                .filter(e -> e.causeSnippet() == null && e.status().isActive() && e.snippet() instanceof VarSnippet)
                .map(e -> (VarSnippet) e.snippet()).findFirst();
        if (declared.isEmpty()) {
            String why = events.stream().flatMap(e -> shell.diagnostics(e.snippet()))
                    .map(d -> d.getMessage(Locale.ROOT)).distinct().collect(Collectors.joining("; "));
            throw new IllegalArgumentException("`" + typeSource + " " + name + "` cannot be declared"
                    + (why.isEmpty() ? "" : ": " + why));
        }
        CellRun probe = new CellRun();
        control.currentRun(probe);
        control.assignOnNextVarValue(value);
        String failure;
        try {
            shell.varValue(declared.get()); // JShell reports a failed call in the text it returns
            failure = control.assignmentFailure();
        } catch (RuntimeException e) {
            failure = e.getMessage();
        }
        if (failure != null) {
            slots.follow(shell.drop(declared.get()), List.of());
            throw new IllegalArgumentException("a " + (value == null ? "null" : value.getClass().getName())
                    + " cannot be bound as `" + typeSource + " " + name + "`: " + failure);
        }
        slots.follow(events, List.of());
    }
}
