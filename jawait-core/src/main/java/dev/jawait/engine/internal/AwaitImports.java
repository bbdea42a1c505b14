package dev.jawait.engine.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The extension point for awaiting library types with their static types: a jar lists, in
 * resources {@value #RESOURCE}, lines {@code MARKER_CLASS ADAPTER_CLASS} ({@code #} comments).
 * When the marker class is on the session's class path (at start or after
 * {@code addToClasspath}), the session imports the adapter's static members on demand
 * ({@code import static ADAPTER.*;}, as it imports {@code AwaitCalls}: see there why on demand);
 * the adapter's public static {@code jawait$await} (returning {@code Awaited<T>}) and
 * {@code jawait$each} overloads join {@code AwaitCalls}', so {@code await mono} picks
 * {@code jawait$await(Mono<T>)} and keeps {@code T}. The adapter's package is loaded by the
 * session's own class loader so that it links against the library. Resources and marker
 * classes are looked up on the session's class path only (the loader's own URLs), which is
 * also what snippets compile against.
 *
 * <p>Not thread-safe: used by the engine, one cell at a time.
 */
final class AwaitImports {
    static final String RESOURCE = "META-INF/jawait/await-adapters";
    private static final List<String> NAMES = List.of("jawait$await", "jawait$each");

    private final Set<String> active = new HashSet<>();

    /**
     * Imports the adapters that became usable.
     *
     * @param importer evaluates an {@code import static …;} snippet, true if JShell accepted it
     * @return the adapter classes imported now
     */
    List<String> activate(SnippetClassLoader loader, Predicate<String> importer) {
        List<String> imported = new ArrayList<>();
        for (Map.Entry<String, String> entry : declared(loader).entrySet()) {
            String adapter = entry.getKey();
            if (active.contains(adapter) || !loadable(entry.getValue(), loader)) {
                continue;
            }
            int dot = adapter.lastIndexOf('.');
            if (dot > 0) {
                loader.preferOwn(adapter.substring(0, dot));
            }
            if (!methodNames(adapter, loader).isEmpty() && importer.test("import static " + adapter + ".*;")) {
                active.add(adapter);
                imported.add(adapter);
            }
        }
        return imported;
    }

    /** Adapter class → marker class, from every {@value #RESOURCE} on the session's class path. */
    private static Map<String, String> declared(SnippetClassLoader loader) {
        Map<String, String> adapters = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.findResources(RESOURCE))) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                    for (String line : in.lines().toList()) {
                        String[] parts = line.replaceFirst("#.*", "").strip().split("\\s+");
                        if (parts.length == 2) {
                            adapters.putIfAbsent(parts[1], parts[0]);
                        }
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable adapter list only means fewer adapters
        }
        return adapters;
    }

    /**
     * Whether the session's class path (what snippets compile against) has the class. Not
     * {@code Class.forName}: a miss would search, and open, every jar of the process.
     */
    private static boolean loadable(String className, SnippetClassLoader loader) {
        return loader.findResource(className.replace('.', '/') + ".class") != null;
    }

    private static List<String> methodNames(String adapter, ClassLoader loader) {
        try {
            Set<String> names = new HashSet<>();
            for (Method method : Class.forName(adapter, false, loader).getMethods()) {
                if (Modifier.isStatic(method.getModifiers()) && NAMES.contains(method.getName())) {
                    names.add(method.getName());
                }
            }
            return NAMES.stream().filter(names::contains).toList();
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of();
        }
    }
}
