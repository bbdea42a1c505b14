package dev.jawait.deps;

import dev.jawait.JawaitException;
import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.JawaitException.DependencyException;
import dev.jawait.magic.MagicInterruptedException;
import dev.jawait.magic.SessionControl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.aether.artifact.Artifact;

/**
 * The Maven dependencies of one live session: resolves coordinates and adds the jars to the
 * session's compile and run class path ({@link SessionControl#addToClasspath}), so everything
 * already defined keeps working. One per session, kept as the session's attribute.
 *
 * <p>A running session cannot swap a class for another version, so once an artifact is on the
 * class path its version is fixed: later resolutions take it for transitive dependencies (as
 * Maven's dependency management would), and asking directly for another version is a clear
 * error. A failed resolution leaves the session unchanged.
 *
 * <p>Thread-safe.
 */
public final class SessionDependencies {
    private final Consumer<String> classPath;
    private final DependencyResolver resolver;
    private final Map<String, Artifact> loaded = new LinkedHashMap<>();

    /**
     * @param classPath adds a jar to the session's class path
     * @param resolver  resolves artifacts (closed by its owner)
     */
    SessionDependencies(Consumer<String> classPath, DependencyResolver resolver) {
        this.classPath = classPath;
        this.resolver = resolver;
    }

    /** The dependencies of {@code session}, made with a resolver from {@code resolvers} on first use. */
    static SessionDependencies of(SessionControl session, java.util.function.Supplier<DependencyResolver> resolvers) {
        return session.attribute(SessionDependencies.class,
                () -> new SessionDependencies(session::addToClasspath, resolvers.get()));
    }

    /** The resolver this session's dependencies are resolved with. */
    public DependencyResolver resolver() {
        return resolver;
    }

    /**
     * Resolves {@code coordinates} transitively and adds the jars not yet on the class path.
     *
     * @param progress receives progress lines (downloads) while it runs
     * @return the jars added, in class-path order (empty when all were there already)
     * @throws JawaitException for bad coordinates, an unknown artifact, an unreachable repository
     *                         or a version conflict with what the session already loaded (a
     *                         {@link BadArgumentsException} or a {@link DependencyException})
     * @throws MagicInterruptedException when the calling thread is interrupted while it waits (the
     *                         session is unchanged)
     */
    public synchronized List<Path> add(List<String> coordinates, Consumer<String> progress) {
        if (coordinates.isEmpty()) {
            throw new BadArgumentsException("Name at least one artifact: " + Coordinates.FORMAT + ".");
        }
        List<Artifact> requested = new ArrayList<>();
        Map<String, Artifact> byKey = new LinkedHashMap<>();
        for (String coordinate : coordinates) {
            Artifact artifact = Coordinates.parse(coordinate);
            Artifact same = byKey.putIfAbsent(Coordinates.key(artifact), artifact);
            if (same != null && !same.getVersion().equals(artifact.getVersion())) {
                throw conflict(artifact, same, "is also asked for");
            }
            Artifact present = loaded.get(Coordinates.key(artifact));
            if (present != null && !present.getVersion().equals(artifact.getVersion())) {
                throw conflict(artifact, present, "is already on the session's class path");
            }
            requested.add(artifact);
        }
        List<Artifact> resolved = resolveInterruptibly(requested, progress);
        List<Path> added = new ArrayList<>();
        for (Artifact artifact : resolved) {
            Artifact present = loaded.get(Coordinates.key(artifact));
            if (present == null && artifact.getFile() != null) {
                added.add(artifact.getFile().toPath());
            }
        }
        for (Path jar : added) {
            classPath.accept(jar.toString());
        }
        for (Artifact artifact : resolved) {
            loaded.putIfAbsent(Coordinates.key(artifact), artifact);
        }
        return added;
    }

    /**
     * Resolves on a thread of its own while the caller waits, so that an interrupt of the caller
     * (Ctrl-C) ends the wait at once: Maven's HTTP transport does not notice interrupts while it
     * reads from a slow server. An abandoned resolution goes on in the background with its
     * progress silenced, and its result is dropped: the session is unchanged.
     */
    private List<Artifact> resolveInterruptibly(List<Artifact> requested, Consumer<String> progress) {
        AtomicBoolean abandoned = new AtomicBoolean();
        List<Artifact> present = List.copyOf(loaded.values());
        CompletableFuture<List<Artifact>> resolution = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("jawait-maven").start(() -> {
            try {
                resolution.complete(resolver.resolve(requested, present, line -> {
                    if (!abandoned.get()) {
                        progress.accept(line);
                    }
                }));
            } catch (RuntimeException | Error e) {
                resolution.completeExceptionally(e);
            }
        });
        try {
            return resolution.get();
        } catch (InterruptedException e) {
            abandoned.set(true);
            worker.interrupt();
            throw new MagicInterruptedException("Interrupted: the resolution was abandoned; nothing was added to the class path.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw (Error) e.getCause();
        }
    }

    /** The artifacts on the class path through this object, as {@code G:A:V}. */
    public synchronized List<String> loaded() {
        return loaded.values().stream().map(a -> a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion()).toList();
    }

    private static DependencyException conflict(Artifact wanted, Artifact other, String how) {
        return new DependencyException("Version conflict: " + wanted + " was asked for, but " + other + " " + how
                + ". A live session cannot swap a library's version: ask for one version (after /reset, or in a"
                + " new session, to change it).");
    }
}
