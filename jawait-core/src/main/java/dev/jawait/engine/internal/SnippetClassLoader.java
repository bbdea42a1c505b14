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
    private final java.util.Set<String> ownPackages = ConcurrentHashMap.newKeySet();

    SnippetClassLoader(ClassLoader parent) {
        super("jawait-snippets", new URL[0], parent);
    }

    /** Makes a snippet class definable; it is defined when first loaded. */
    void offer(String binaryName, byte[] bytes) {
        pending.put(binaryName, bytes);
    }

    /** Loads classes of package {@code packageName} from this loader's own class path first. */
    void preferOwn(String packageName) {
        ownPackages.add(packageName);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !ownPackages.contains(name.substring(0, dot))) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                try {
                    type = findClass(name);
                } catch (ClassNotFoundException e) {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
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
