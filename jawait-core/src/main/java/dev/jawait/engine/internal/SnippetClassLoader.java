package dev.jawait.engine.internal;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader of one session: defines snippet classes from the (instrumented) bytes JShell
 * produced, and loads jars added to the session's class path. Parent-first, so jawait's own
 * runtime and the host's classes are shared, never duplicated.
 *
 * <p>Thread-safe (parallel capable).
 */
final class SnippetClassLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    SnippetClassLoader(ClassLoader parent) {
        super("jawait-snippets", new URL[0], parent);
    }

    /** Makes a snippet class definable; it is defined when first loaded. */
    void offer(String binaryName, byte[] bytes) {
        pending.put(binaryName, bytes);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = pending.remove(name);
        if (bytes != null) {
            return defineClass(name, bytes, 0, bytes.length);
        }
        return super.findClass(name);
    }

    @Override
    public void addURL(URL url) {
        super.addURL(url);
    }

    /** The class if this loader has already defined it, else {@code null}. */
    Class<?> loaded(String name) {
        return findLoadedClass(name);
    }
}
