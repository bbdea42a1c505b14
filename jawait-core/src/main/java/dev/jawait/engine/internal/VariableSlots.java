package dev.jawait.engine.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Where each session variable's value lives: a static field of the wrapper class JShell compiled
 * for its snippet, as the execution control reports it. A wrapper class stays loaded after JShell
 * replaced or dropped its snippet, so without this the value of every variable ever redefined
 * ({@code var data = load()} run again, an expression's {@code $N}) would be kept for the rest of
 * the session. When a variable's snippet stops being the live one, its field is cleared and the
 * value can be collected; until then the value can be read back (to restore a declaration that a
 * rejected snippet replaced).
 *
 * <p>Not thread-safe: the engine calls it from one cell at a time.
 */
final class VariableSlots {
    /** A variable's field: its wrapper class's binary name and the field's name. */
    record Slot(String className, String fieldName) {}

    private final JShell shell;
    private final JawaitExecutionControl control;
    /** By snippet identity: JShell may give a redefinition the id of what it replaced. */
    private final Map<VarSnippet, Slot> bySnippet = new IdentityHashMap<>();

    VariableSlots(JShell shell, JawaitExecutionControl control) {
        this.shell = shell;
        this.control = control;
    }

    /**
     * Follows what an evaluation did to variables: a valid variable's slot is (re)located (JShell
     * may have moved it to a new class), one that was replaced, dropped or rejected is released,
     * except those in {@code keep}.
     */
    void follow(List<SnippetEvent> events, List<Snippet> keep) {
        for (SnippetEvent event : events) {
            if (!(event.snippet() instanceof VarSnippet variable)) {
                continue;
            }
            if (event.status() == Snippet.Status.VALID) {
                locate(variable);
            } else if (!event.status().isActive() && !keep.contains(variable)) {
                release(variable);
            }
        }
    }

    /** The value a variable's slot holds now, if the variable's slot is known and readable. */
    Optional<Object> read(VarSnippet variable) {
        Slot slot = bySnippet.get(variable);
        Field field = slot == null ? null : field(slot);
        if (field == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(field.get(null));
        } catch (IllegalAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Clears a variable's slot (if it holds an object and no live variable uses it now) and forgets it. */
    void release(VarSnippet variable) {
        Slot slot = bySnippet.remove(variable);
        if (slot != null) {
            clear(slot);
        }
    }

    private void locate(VarSnippet variable) {
        Slot slot = control.locateVariable(() -> shell.varValue(variable));
        if (slot == null) {
            return;
        }
        Slot previous = bySnippet.put(variable, slot);
        if (previous != null && !previous.equals(slot)) {
            clear(previous); // JShell replaced the class: the old one keeps the old value
        }
    }

    private void clear(Slot slot) {
        if (bySnippet.values().stream().anyMatch(slot::equals)) { // (IdentityHashMap.containsValue compares identity)
            return; // JShell redefined the class in place for a newer snippet, which uses the field now
        }
        Field field = field(slot);
        if (field != null && !field.getType().isPrimitive() && !Modifier.isFinal(field.getModifiers())) {
            try {
                field.set(null, null);
            } catch (IllegalAccessException | RuntimeException e) {
                // the value stays
            }
        }
    }

    private Field field(Slot slot) {
        try {
            Class<?> wrapper = Class.forName(slot.className(), false, control.classLoader());
            Field field = wrapper.getDeclaredField(slot.fieldName());
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }
}
