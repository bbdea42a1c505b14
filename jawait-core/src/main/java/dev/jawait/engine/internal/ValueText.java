package dev.jawait.engine.internal;

import java.lang.reflect.Array;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;

/**
 * Renders a value as text that fits on a screen, the one place values become text (displayed
 * values, {@code /vars}, {@code %whos}, the history's output): JShell's style ({@code "x"} quoted,
 * {@code 'c'}, {@code int[3] { 1, 2, 3 }}), with collections, maps and records (those whose
 * {@code toString} is the JDK's or the generated one) spelled out element by element with the
 * same rules, so strings inside them are quoted and nested arrays readable. Futures and streams
 * are described, never awaited: {@code CompletableFuture[pending]}. A class the user declared is
 * named as declared ({@code C@5ab9e72c}, as JShell shows it), not by its wrapper ({@link WrapperNames}).
 *
 * <p>Past {@link Limits#maxItems()} elements of one sequence, or once the text reaches
 * {@link Limits#maxLength()} characters, the rest is left out and the count said:
 * {@code [0, 1, 2, …] (100000 elements)}, {@code int[100000] { 0, 1, … }},
 * {@code "aaa…" (5000 characters)}. A long sequence is never turned into text whole (its
 * {@code toString()} is not called); other objects' {@code toString()} is, and cut.
 *
 * <p>Stateless and thread-safe.
 */
public final class ValueText {
    /**
     * How much of a value is shown.
     *
     * @param maxLength characters of the whole text before it is cut (0: no limit)
     * @param maxItems  elements of one collection, map or array (0: no limit)
     */
    public record Limits(int maxLength, int maxItems) {
        /** JShell cuts values at about 1,000 characters; IPython shows 1,000 elements of a sequence. */
        public static final Limits DEFAULT = new Limits(1000, 1000);
        public static final Limits NONE = new Limits(0, 0);
    }

    private static final int MAX_DEPTH = 32;
    /** Text this short is never cut: a number or a name at the limit is shown whole, not as {@code 2… (3 characters)}. */
    private static final int SHORT = 40;
    private static final String MORE = "…";

    private final Limits limits;
    private final StringBuilder out = new StringBuilder();
    private final IdentityHashMap<Object, Boolean> open = new IdentityHashMap<>();

    private ValueText(Limits limits) {
        this.limits = limits;
    }

    /** {@code value} as text within the default limits. */
    public static String of(Object value) {
        return of(value, Limits.DEFAULT);
    }

    /** {@code value} as text within {@code limits}. */
    public static String of(Object value, Limits limits) {
        ValueText text = new ValueText(limits);
        text.append(value, 0);
        return WrapperNames.clean(text.out.toString());
    }

    private boolean full() {
        return limits.maxLength() > 0 && out.length() >= limits.maxLength();
    }

    /** How many characters may still be added (at least {@link #SHORT}). */
    private int room() {
        return limits.maxLength() > 0 ? Math.max(SHORT, limits.maxLength() - out.length()) : Integer.MAX_VALUE;
    }

    private void append(Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s);
            case Character c -> out.append(JawaitExecutionControl.jshellText(c));
            case dev.jawait.runtime.SpawnedTask<?> task -> cut(task.toString()); // reads it without observing it
            case CompletableFuture<?> future -> future(future, depth);
            case Future<?> future -> future(future, depth);
            case Flow.Publisher<?> publisher -> out.append(publisher.getClass().getSimpleName()).append("[stream]");
            default -> composite(value, depth);
        }
    }

    private void composite(Object value, int depth) {
        boolean spelled = value.getClass().isArray() || (value instanceof Collection<?> c && jdkText(c))
                || (value instanceof Map<?, ?> m && jdkText(m)) || (value instanceof Record r && generatedText(r));
        if (!spelled) {
            cut(safeToString(value));
            return;
        }
        if (depth >= MAX_DEPTH || open.containsKey(value)) {
            out.append(open.containsKey(value) ? "(this " + kind(value) + ")" : MORE);
            return;
        }
        open.put(value, true);
        try {
            switch (value) {
                case Collection<?> c -> sequence("[", c.iterator(), c.size(), "]", "elements", depth);
                case Map<?, ?> m -> sequence("{", m.entrySet().iterator(), m.size(), "}", "entries", depth);
                case Record r -> record(r, depth);
                default -> array(value, depth);
            }
        } finally {
            open.remove(value);
        }
    }

    private void string(String s) {
        int room = room();
        if (s.length() <= room) {
            out.append(JawaitExecutionControl.jshellText(s));
            return;
        }
        int end = Math.min(s.length(), room);
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        String shown = JawaitExecutionControl.jshellText(s.substring(0, end));
        out.append(shown, 0, shown.length() - 1).append(MORE).append("\" (").append(s.length()).append(" characters)");
    }

    private void sequence(String open, Iterator<?> items, int size, String close, String what, int depth) {
        out.append(open);
        int shown = 0;
        while (items.hasNext()) {
            if (cutHere(shown)) {
                out.append(shown == 0 ? "" : ", ").append(MORE);
                out.append(close).append(" (").append(size).append(' ').append(what).append(')');
                return;
            }
            out.append(shown == 0 ? "" : ", ");
            Object item = items.next();
            if (item instanceof Map.Entry<?, ?> entry) {
                append(entry.getKey(), depth + 1);
                out.append('=');
                append(entry.getValue(), depth + 1);
            } else {
                append(item, depth + 1);
            }
            shown++;
        }
        out.append(close);
    }

    private void array(Object array, int depth) {
        Class<?> element = array.getClass();
        int dimensions = 0;
        while (element.isArray()) {
            element = element.getComponentType();
            dimensions++;
        }
        int length = Array.getLength(array);
        out.append(element.getSimpleName()).append('[').append(length).append(']').append("[]".repeat(dimensions - 1));
        out.append(" { ");
        for (int i = 0; i < length; i++) {
            if (cutHere(i)) {
                out.append(MORE);
                break;
            }
            append(Array.get(array, i), depth + 1);
            out.append(i < length - 1 ? ", " : "");
        }
        out.append(" }");
    }

    private boolean cutHere(int shown) {
        return full() || (limits.maxItems() > 0 && shown >= limits.maxItems());
    }

    private void record(Record record, int depth) {
        out.append(record.getClass().getSimpleName()).append('[');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (full()) {
                out.append(MORE);
                break;
            }
            out.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
            try {
                var accessor = components[i].getAccessor();
                accessor.trySetAccessible();
                append(accessor.invoke(record), depth + 1);
            } catch (ReflectiveOperationException | RuntimeException e) {
                out.append('?');
            }
        }
        out.append(']');
    }

    private void future(Future<?> future, int depth) {
        String name = future.getClass().getSimpleName().isEmpty() ? "Future" : future.getClass().getSimpleName();
        out.append(name).append('[');
        switch (future.state()) {
            case RUNNING -> out.append("pending");
            case SUCCESS -> {
                out.append("completed: ");
                append(future.resultNow(), depth + 1);
            }
            case FAILED -> cut("failed: " + future.exceptionNow());
            case CANCELLED -> out.append("cancelled");
        }
        out.append(']');
    }

    /** Text the value made itself, cut at the limit. */
    private void cut(String text) {
        int room = room();
        if (text.length() <= room) {
            out.append(text);
            return;
        }
        int end = Character.isHighSurrogate(text.charAt(room - 1)) ? room - 1 : room;
        out.append(text, 0, end).append(MORE).append(" (").append(text.length()).append(" characters)");
    }

    /** Whether a collection or map prints as the JDK's classes print it (so it may be spelled out here). */
    private static boolean jdkText(Object value) {
        try {
            Class<?> declaring = value.getClass().getMethod("toString").getDeclaringClass();
            return declaring.getName().startsWith("java.");
        } catch (NoSuchMethodException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Whether a record's {@code toString} is the generated one (javac makes it {@code final}; one
     * written by hand rarely is) and its components can be read here.
     */
    private static boolean generatedText(Record record) {
        try {
            if (!Modifier.isFinal(record.getClass().getDeclaredMethod("toString").getModifiers())) {
                return false;
            }
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (!component.getAccessor().trySetAccessible()) {
                    return false;
                }
            }
            return true;
        } catch (NoSuchMethodException | RuntimeException e) {
            return false;
        }
    }

    private static String kind(Object value) {
        return value instanceof Map<?, ?> ? "Map" : value instanceof Collection<?> ? "Collection" : "value";
    }

    private static String safeToString(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | StackOverflowError e) {
            return value.getClass().getName() + " (toString() threw " + e + ")";
        }
    }
}
