package dev.jawait.engine.internal;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;

/**
 * Makes JShell forget the wrapper source of snippets that will never be compiled again. For every
 * snippet it ever evaluated, JShell keeps the source of the class it wrapped the snippet in
 * ({@code Snippet.outer}, also in its map of wrapper classes), and that source imports every
 * declaration live at the time: about 45 bytes per live declaration, per snippet, for the rest of
 * the session. With 200 live declarations that is most of the memory a long session grows by
 * (the soak: 10 KB of 14 KB per cell), and JShell's API has no way to release it.
 *
 * <p>Retired are: snippets a newer one replaced ({@code OVERWRITTEN}), {@code $N} temporaries
 * jawait dropped, and statements and expressions once run (JShell never compiles those again;
 * their keys are never reused). Their wrapper source is cleared by reflection into
 * {@code jdk.jshell} (opened through the session's instrumentation when the JVM does not open it
 * already), in batches, so that the first cells of a session never pay for it. Without access
 * nothing is retired and JShell keeps what it keeps. What is lost: frames of such a snippet's
 * code that is still running later (a lambda of an earlier cell) are no longer mapped to its cell.
 *
 * <p>Not thread-safe: the engine calls it from one cell at a time.
 */
final class RetiredWrappers {
    /** Snippets retired at once: the first batch comes after the first cells. */
    static final int BATCH = 64;

    private final JShell shell;
    private final List<Snippet> pending = new ArrayList<>();
    private Access access;
    private boolean unavailable;
    private long retired;

    RetiredWrappers(JShell shell) {
        this.shell = shell;
    }

    /** Notes a snippet that will never be compiled again; its wrapper is forgotten with the next batch. */
    void retire(Snippet snippet) {
        if (unavailable) {
            return;
        }
        pending.add(snippet);
        if (pending.size() >= BATCH) {
            flush();
        }
    }

    /** Forgets the wrappers of every snippet noted so far. */
    void flush() {
        if (pending.isEmpty() || unavailable) {
            pending.clear();
            return;
        }
        if (access == null) {
            access = Access.open(shell);
            if (access == null) {
                unavailable = true;
                pending.clear();
                return;
            }
        }
        for (Snippet snippet : pending) {
            if (access.forget(snippet)) {
                retired++;
            }
        }
        pending.clear();
    }

    /** How many snippets' wrappers were forgotten (for tests). */
    long retired() {
        return retired;
    }

    /** The fields and method of {@code jdk.jshell} it takes, or null when they cannot be had. */
    private record Access(Field outer, Method className, Map<?, ?> classOuters) {
        static Access open(JShell shell) {
            try {
                Class<?> outerWrap = Class.forName("jdk.jshell.OuterWrap");
                Field outer = Snippet.class.getDeclaredField("outer");
                Method className = outerWrap.getDeclaredMethod("className");
                Field outerMap = JShell.class.getDeclaredField("outerMap");
                if (!accessible(outer, className, outerMap)) {
                    return null;
                }
                Object map = outerMap.get(shell);
                Field classOuters = map.getClass().getDeclaredField("classOuters");
                if (!accessible(classOuters)) {
                    return null;
                }
                return new Access(outer, className, (Map<?, ?>) classOuters.get(map));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                return null; // another JDK's JShell: keep what it keeps
            }
        }

        private static boolean accessible(java.lang.reflect.AccessibleObject... members) {
            for (java.lang.reflect.AccessibleObject member : members) {
                if (!member.trySetAccessible()) {
                    Instrumentation inst = Redefiner.instrumentation();
                    if (inst == null) {
                        return false;
                    }
                    inst.redefineModule(JShell.class.getModule(), Set.of(), Map.of(),
                            Map.of("jdk.jshell", Set.of(RetiredWrappers.class.getModule())), Set.of(), Map.of());
                    if (!member.trySetAccessible()) {
                        return false;
                    }
                }
            }
            return true;
        }

        boolean forget(Snippet snippet) {
            try {
                Object wrap = outer.get(snippet);
                if (wrap == null) {
                    return false;
                }
                classOuters.remove(className.invoke(wrap));
                outer.set(snippet, null);
                return true;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return false;
            }
        }
    }
}
