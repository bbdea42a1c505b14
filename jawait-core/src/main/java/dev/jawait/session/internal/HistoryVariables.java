package dev.jawait.session.internal;

import dev.jawait.JawaitException.UnknownNameException;
import dev.jawait.analysis.HistoryReferences;
import dev.jawait.analysis.HistoryReferences.Reference;
import dev.jawait.analysis.Rewritten;
import dev.jawait.config.Settings;
import dev.jawait.engine.internal.Engine;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPython's history variables in a session: {@code Out} (a {@code Map<Integer, Object>} from a
 * cell's number to the value it displayed), {@code In} (a {@code List<String>}, {@code In.get(N)}
 * being cell N's source, {@code In.get(0)} empty), {@code _N}, {@code __}, {@code ___},
 * {@code _iN}, {@code _i}, {@code _ii}, {@code _iii}. Code refers to them by rewriting
 * ({@link HistoryReferences}): {@code _N} and {@code Out[N]} become a cast of
 * {@code Out.get(N)} to the static type the value was displayed with, so {@code _3.length()}
 * compiles when cell 3 showed a {@code String}. The map and list are bound into the session
 * under names of jawait's ({@code $jwOut}, {@code $jwIn}) the first time code needs them.
 *
 * <p>{@code Out} keeps the values of the last {@link Settings#cacheSize()} cells that displayed
 * one (IPython's {@code cache_size}): older ones are let go, so a long session holds at most that
 * many. {@code In} keeps every numbered cell's source, as IPython does (text the user typed; the
 * history keeps it too).
 *
 * <p>Thread-safe for readers: snippet code (any thread) reads {@code Out} and {@code In} while the
 * session, one cell at a time, records and rewrites.
 */
public final class HistoryVariables {
    static final String OUT = "$jwOut";
    static final String IN = "$jwIn";
    private static final Pattern TYPE_NAME = Pattern.compile("[\\p{javaJavaIdentifierStart}][\\w$.<>,?\\[\\] ]*");

    /**
     * A displayed value and the static type it was displayed with, as source, with the sources of
     * the session's own types that type names (a redefinition makes it another class).
     */
    private record Shown(Object value, String typeName, Map<String, List<String>> ownTypes, boolean engines) {}

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    private final Settings settings;
    private final ConcurrentSkipListMap<Integer, Shown> outputs = new ConcurrentSkipListMap<>();
    private final List<String> inputs = new ArrayList<>(List.of(""));
    private final Map<Integer, Object> outView = new OutputsView();
    private final List<String> inView = new InputsView();
    private volatile int forgottenUpTo;
    private volatile int resetUpTo;
    private Engine boundTo;

    public HistoryVariables(Settings settings) {
        this.settings = settings;
    }

    /** Cell {@code count} starts with {@code source}: it is {@code In[count]} from now on. */
    public void input(int count, String source) {
        synchronized (inputs) {
            while (inputs.size() < count) {
                inputs.add("");
            }
            if (inputs.size() == count) {
                inputs.add(source);
            } else {
                inputs.set(count, source);
            }
        }
        trim();
    }

    /**
     * Cell {@code count} displayed {@code value}, of static type {@code typeName} (as source; null:
     * not a value of the engine's, such as the profile {@code %prun -r} returns), the session's
     * types being those of {@code engine}.
     */
    public void output(int count, Object value, String typeName, Engine engine) {
        if (settings.cacheSize() > 0) {
            String type = typeName != null && TYPE_NAME.matcher(typeName).matches() ? typeName : "Object";
            outputs.put(count, new Shown(value, type, ownTypes(type, engine), typeName != null));
        }
        trim();
    }

    /** The session's own types that {@code type} names, with their declarations' sources. */
    private static Map<String, List<String>> ownTypes(String type, Engine engine) {
        Map<String, List<String>> own = new java.util.HashMap<>();
        Matcher identifiers = IDENTIFIER.matcher(type);
        while (identifiers.find()) {
            List<String> sources = engine.declarationSources(identifiers.group());
            if (!sources.isEmpty()) {
                own.put(identifiers.group(), sources);
            }
        }
        return Map.copyOf(own);
    }

    /** Forgets every displayed value ({@code /reset}: they may be of classes that are gone). */
    public void forgetOutputs() {
        synchronized (inputs) {
            resetUpTo = inputs.size() - 1;
        }
        outputs.clear();
        boundTo = null;
    }

    private void trim() {
        while (outputs.size() > settings.cacheSize()) {
            Map.Entry<Integer, Shown> oldest = outputs.pollFirstEntry();
            forgottenUpTo = Math.max(forgottenUpTo, oldest.getKey());
        }
    }

    /**
     * {@code code} with its history names written as Java that reads them (and the map back to the
     * user's offsets), the variables bound into {@code engine} if it uses them.
     *
     * @param count the number of the cell being run
     * @throws UnknownNameException when it names a value or source that does not exist (the
     *     message says why: not run yet, no value displayed, no longer kept)
     */
    public Rewritten rewrite(String code, Engine engine, int count) {
        return HistoryReferences.rewrite(code, reference -> resolve(reference, engine, count));
    }

    private String resolve(Reference reference, Engine engine, int count) {
        return switch (reference) {
            case Reference.LastValue(int back) when back == 1 -> {
                // `_` is the engine's temporary, unless the last value shown came from a magic
                Map.Entry<Integer, Shown> last = outputs.lastEntry();
                yield last != null && !last.getValue().engines()
                        ? unlessDeclared(engine, "_", () -> typed(engine, last.getKey())) : engine.lastDisplayedName();
            }
            case Reference.LastValue(int back) -> unlessDeclared(engine, "_".repeat(back), () -> {
                List<Integer> recent = outputs.descendingKeySet().stream().limit(back).toList();
                if (recent.size() < back) {
                    throw new UnknownNameException("`" + "_".repeat(back) + "` has no value: fewer than " + back
                            + " values were displayed" + keptNote() + ".");
                }
                return typed(engine, recent.getLast());
            });
            case Reference.Output(int n) -> unlessDeclared(engine, "_" + n, () -> {
                if (!outputs.containsKey(n)) {
                    throw new UnknownNameException("Out[" + n + "] has no value: " + (n >= count ? "cell " + n
                            + " has not run yet" : n <= resetUpTo ? "values displayed before /reset are gone"
                            : n <= forgottenUpTo ? "it is no longer kept" + keptNote()
                            : "cell " + n + " displayed none") + ".");
                }
                return typed(engine, n);
            });
            case Reference.Input(int n) -> unlessDeclared(engine, "_i" + n, () -> {
                if (n > count) {
                    throw new UnknownNameException("In[" + n + "] has no source: cell " + n + " has not run yet.");
                }
                return bound(engine, IN) + ".get(" + n + ")";
            });
            case Reference.PreviousInput(int back) -> unlessDeclared(engine, "_" + "i".repeat(back),
                    () -> bound(engine, IN) + ".get(" + Math.max(0, count - back) + ")");
            case Reference.Outputs() -> unlessDeclared(engine, "Out", () -> bound(engine, OUT));
            case Reference.Inputs() -> unlessDeclared(engine, "In", () -> bound(engine, IN));
        };
    }

    private String keptNote() {
        return " (Out keeps the last " + settings.cacheSize() + "; see `%config cache_size`)";
    }

    /**
     * {@code ((Type) $jwOut.get(n))}: the value with the static type it was displayed with; as an
     * {@code Object} when a type of the session it names has been redefined since (the value is of
     * the old class, which the name no longer stands for).
     */
    private String typed(Engine engine, int n) {
        Shown shown = outputs.get(n);
        boolean redefined = shown.ownTypes().entrySet().stream()
                .anyMatch(own -> !engine.declarationSources(own.getKey()).equals(own.getValue()));
        return "((" + (redefined ? "Object" : shown.typeName()) + ") " + bound(engine, OUT) + ".get(" + n + "))";
    }

    /** What {@code resolution} says, unless the user declared {@code name} (a variable, method or type): theirs wins. */
    private static String unlessDeclared(Engine engine, String name, java.util.function.Supplier<String> resolution) {
        return engine.declarationSources(name).isEmpty() ? resolution.get() : null;
    }

    /** {@code name}, declared in {@code engine} first if it is not yet. */
    private String bound(Engine engine, String name) {
        if (boundTo != engine) {
            engine.bind(OUT, outView, "java.util.Map<Integer, Object>");
            engine.bind(IN, inView, "java.util.List<String>");
            boundTo = engine;
        }
        return name;
    }

    /** {@code Out} as snippets see it: read-only, live, in cell order. */
    private final class OutputsView extends AbstractMap<Integer, Object> {
        @Override
        public Object get(Object key) {
            Shown shown = key instanceof Integer n ? outputs.get(n) : null;
            return shown == null ? null : shown.value();
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Integer n && outputs.containsKey(n);
        }

        @Override
        public Set<Entry<Integer, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<Integer, Object>> iterator() {
                    Iterator<Map.Entry<Integer, Shown>> entries = outputs.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<Integer, Object> next() {
                            Map.Entry<Integer, Shown> entry = entries.next();
                            return new SimpleImmutableEntry<>(entry.getKey(), entry.getValue().value());
                        }
                    };
                }

                @Override
                public int size() {
                    return outputs.size();
                }
            };
        }
    }

    /** {@code In} as snippets see it: read-only, live. */
    private final class InputsView extends AbstractList<String> {
        @Override
        public String get(int index) {
            synchronized (inputs) {
                return inputs.get(index);
            }
        }

        @Override
        public int size() {
            synchronized (inputs) {
                return inputs.size();
            }
        }
    }
}
