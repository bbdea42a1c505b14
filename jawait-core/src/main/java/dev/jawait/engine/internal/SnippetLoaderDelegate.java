package dev.jawait.engine.internal;

import java.io.File;
import java.lang.instrument.ClassDefinition;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * Loads and redefines snippet classes for {@link JawaitExecutionControl}: instruments their
 * bytes, defines them in the session's {@link SnippetClassLoader}, and redefines them in place
 * when JShell recompiles them.
 *
 * <p>Thread-safe for the one-caller-at-a-time use JShell makes of it.
 */
final class SnippetLoaderDelegate implements LoaderDelegate {
    private final SnippetClassLoader loader;
    private final Map<String, byte[]> originalBytes = new ConcurrentHashMap<>();
    private final SnippetInstrumenter instrumenter;
    private volatile Throwable installFailure;

    SnippetLoaderDelegate(ClassLoader parent) {
        this.loader = new SnippetClassLoader(parent);
        this.instrumenter = new SnippetInstrumenter(originalBytes::get, loader);
    }

    ClassLoader classLoader() {
        return loader;
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException {
        for (ClassBytecodes cbc : cbcs) {
            originalBytes.put(cbc.name(), cbc.bytecodes());
        }
        boolean[] installed = new boolean[cbcs.length];
        try {
            for (ClassBytecodes cbc : cbcs) {
                loader.offer(cbc.name(), instrumenter.instrument(cbc.bytecodes()));
            }
            for (int i = 0; i < cbcs.length; i++) {
                loader.loadClass(cbcs[i].name());
                installed[i] = true;
            }
        } catch (ClassNotFoundException | LinkageError | IllegalArgumentException | IllegalStateException e) {
            installFailure = e;
            throw new ClassInstallException("jawait could not load a snippet class: " + e, installed);
        }
    }

    /** Why the last {@link #load} that failed did, once; null when none failed since the last call. */
    Throwable takeInstallFailure() {
        Throwable failure = installFailure;
        installFailure = null;
        return failure;
    }

    /**
     * Redefines loaded classes in place; classes not loaded yet just get their new bytes.
     *
     * @return false when in-place redefinition is unavailable or refused (JShell then reloads)
     */
    boolean redefine(ClassBytecodes[] cbcs) {
        if (!Redefiner.available()) {
            return false;
        }
        List<ClassDefinition> definitions = new ArrayList<>();
        try {
            for (ClassBytecodes cbc : cbcs) {
                byte[] bytes = instrumenter.instrument(cbc.bytecodes());
                Class<?> loaded = loader.loaded(cbc.name());
                if (loaded == null) {
                    loader.offer(cbc.name(), bytes);
                } else {
                    definitions.add(new ClassDefinition(loaded, bytes));
                }
            }
            Redefiner.redefine(definitions);
        } catch (Exception | LinkageError e) {
            return false;
        }
        classesRedefined(cbcs);
        return true;
    }

    @Override
    public void classesRedefined(ClassBytecodes[] cbcs) {
        for (ClassBytecodes cbc : cbcs) {
            originalBytes.put(cbc.name(), cbc.bytecodes());
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        for (String entry : path.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                loader.addURL(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException | RuntimeException e) {
                throw new InternalException("bad class path entry " + entry + ": " + e.getMessage());
            }
        }
    }

    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        return loader.loadClass(name);
    }
}
