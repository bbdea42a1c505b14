package dev.jawait.cli;

import dev.jawait.CellResult;
import dev.jawait.JawaitException;
import dev.jawait.Session;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.OpeningHistory;
import dev.jawait.history.sqlite.SqliteHistory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@link dev.jawait.Jawait#embed} does: builds a {@code sync} session over the caller's
 * class loader, binds the given values as variables, and runs the terminal or piped REPL on the
 * calling thread. Bound values travel through a registry keyed per call, read once by the
 * binding cell.
 *
 * <p>Thread-safe.
 */
public final class Embedded {
    private static final Map<String, Object> BOUND = new ConcurrentHashMap<>();
    private static final AtomicLong CALLS = new AtomicLong();
    private static BufferedReader sharedInput;

    private Embedded() {}

    /** Hands a bound value to the session's binding cell (public: snippet code calls it). */
    public static Object bound(String key) {
        return BOUND.remove(key);
    }

    public static void run(Map<String, ?> bindings) {
        boolean terminal = System.console() != null && System.console().isTerminal();
        try (HistoryStore history = OpeningHistory.openInBackground(
                () -> SqliteHistory.openDefault(message -> System.err.println(message)))) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : Embedded.class.getClassLoader();
            if (terminal) {
                String banner = "jawait " + Main.VERSION + " embedded (Java " + Runtime.version().feature()
                        + "), runner `sync` (autoawait off: %autoawait virtual turns it on). exit or Ctrl-D returns to the program.";
                int status = new TerminalRepl(output -> bind(Session.builder().magics(Options.magics()).runner("sync").parentClassLoader(loader)
                        .outputListener(output).history(history).build(), bindings), history).run(banner);
                if (status != 0) {
                    throw new JawaitException("jawait could not start the embedded session");
                }
                return;
            }
            try (Session session = bind(Session.builder().magics(Options.magics()).runner("sync").parentClassLoader(loader).history(history).build(),
                    bindings)) {
                new PipedRepl(session, new ResultPrinter(System.out, System.err)).run(input());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized BufferedReader input() {
        if (sharedInput == null) {
            sharedInput = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        return sharedInput;
    }

    private static Session bind(Session session, Map<String, ?> bindings) {
        for (Map.Entry<String, ?> binding : bindings.entrySet()) {
            String key = CALLS.incrementAndGet() + ":" + binding.getKey();
            BOUND.put(key, binding.getValue() == null ? NULL : binding.getValue());
            String type = publicType(binding.getValue());
            CellResult result = session.execute(type + " " + binding.getKey() + " = (" + type + ") "
                    + "dev.jawait.cli.Embedded.unwrap(dev.jawait.cli.Embedded.bound(\"" + key + "\"));",
                    dev.jawait.CellOptions.interactive().withStoreHistory(false));
            if (!result.succeeded()) {
                BOUND.remove(key);
                session.close();
                throw new JawaitException("cannot bind `" + binding.getKey() + "`: " + result.errorText());
            }
        }
        return session;
    }

    private static final Object NULL = new Object();

    /** Undoes the null marker (public: snippet code calls it). */
    public static Object unwrap(Object value) {
        return value == NULL ? null : value;
    }

    /** The most specific public class or interface of the value, as source text. */
    private static String publicType(Object value) {
        if (value == null) {
            return "Object";
        }
        Deque<Class<?>> candidates = new ArrayDeque<>();
        candidates.add(value.getClass());
        while (!candidates.isEmpty()) {
            Class<?> type = candidates.poll();
            if (Modifier.isPublic(type.getModifiers()) && type.getCanonicalName() != null
                    && type.getTypeParameters().length == 0 && isExported(type)) {
                return type.getCanonicalName();
            }
            if (Modifier.isPublic(type.getModifiers()) && type.getCanonicalName() != null && isExported(type)) {
                return type.getCanonicalName() + "<" + "?,".repeat(type.getTypeParameters().length - 1) + "?>";
            }
            if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
                candidates.add(type.getSuperclass());
            }
            candidates.addAll(java.util.List.of(type.getInterfaces()));
        }
        return "Object";
    }

    private static boolean isExported(Class<?> type) {
        return type.getModule().isExported(type.getPackageName());
    }
}
