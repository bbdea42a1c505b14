package dev.jawait.session.internal;

import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import dev.jawait.history.internal.OpeningHistory;
import dev.jawait.JawaitException.UnavailableException;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.SessionControl;
import dev.jawait.spi.SessionExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * The {@link SessionExtension}s on jawait's class path, looked up once per process (a lookup
 * reads every jar's service list): what makes a standard session standard.
 *
 * <p>Thread-safe.
 */
public final class Extensions {
    private static volatile List<SessionExtension> found;

    private Extensions() {}

    /** Every extension, in class-path order; one that cannot be loaded is skipped. */
    public static List<SessionExtension> all() {
        List<SessionExtension> extensions = found;
        if (extensions == null) {
            extensions = load();
            found = extensions;
        }
        return extensions;
    }

    private static List<SessionExtension> load() {
        List<SessionExtension> extensions = new ArrayList<>();
        var iterator = ServiceLoader.load(SessionExtension.class, Extensions.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!iterator.hasNext()) {
                    break;
                }
                extensions.add(iterator.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // a module whose own dependencies are missing contributes nothing
            }
        }
        return List.copyOf(extensions);
    }

    /** Registers every extension's magics. */
    public static void registerMagics(MagicRegistry registry) {
        all().forEach(extension -> extension.registerMagics(registry));
    }

    /**
     * Adds dependencies through the first extension that resolves them.
     *
     * @throws dev.jawait.JawaitException.UnavailableException when none does (jawait-deps is missing)
     */
    public static void addDependencies(SessionControl session, List<String> coordinates, Consumer<String> progress) {
        for (SessionExtension extension : all()) {
            if (extension.addDependencies(session, coordinates, progress)) {
                return;
            }
        }
        throw new UnavailableException("Adding Maven dependencies (" + String.join(", ", coordinates)
                + ") needs jawait-deps on the class path.");
    }

    /** The jars every extension wants snippet code to compile against. */
    public static List<Path> snippetClassPath() {
        List<Path> entries = new ArrayList<>();
        all().forEach(extension -> entries.addAll(extension.snippetClassPath()));
        return entries;
    }

    /**
     * The first extension's history store, else one in memory, opened in the background now or on
     * first use; warnings are printed on {@code System.err} as it is when they happen.
     */
    public static HistoryStore history(boolean inBackground) {
        Consumer<String> warnings = message -> System.err.println(message);
        java.util.function.Supplier<HistoryStore> opener = () -> all().stream()
                .map(extension -> extension.openHistory(warnings))
                .flatMap(Optional::stream).findFirst()
                .orElseGet(InMemoryHistory::new);
        return inBackground ? OpeningHistory.openInBackground(opener) : OpeningHistory.openOnFirstUse(opener);
    }
}
