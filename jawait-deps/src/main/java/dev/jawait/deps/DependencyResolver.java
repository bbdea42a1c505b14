package dev.jawait.deps;

import dev.jawait.JawaitException;
import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.JawaitException.DependencyException;
import eu.maveniverse.maven.mima.context.Context;
import eu.maveniverse.maven.mima.context.ContextOverrides;
import eu.maveniverse.maven.mima.context.Runtimes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.util.artifact.JavaScopes;

/**
 * Resolves Maven coordinates transitively (runtime scope) with MIMA over Maven Resolver, the way
 * Maven itself would for the user: Maven Central plus repositories added with
 * {@link #addRepository}, the user's {@code ~/.m2/settings.xml} (mirrors, proxies, servers'
 * authentication, local repository) applied.
 *
 * <p>Overrides, each as a system property or an environment variable (the property wins):
 * {@code jawait.deps.localRepository} / {@code JAWAIT_DEPS_LOCAL_REPO} (the local repository) and
 * {@code jawait.deps.settings} / {@code JAWAIT_DEPS_SETTINGS} (the user settings file).
 *
 * <p>Thread-safe: resolutions are serialised.
 */
public final class DependencyResolver implements AutoCloseable {
    private final Path localRepository;
    private final Path settings;
    private final Map<String, RemoteRepository> extraRepositories = new LinkedHashMap<>();
    private final TransferProgress progress = new TransferProgress();
    private Context context;

    /**
     * A resolver into {@code localRepository}, with the user settings of {@code settings}.
     *
     * @param localRepository the local repository, or null for the user's (settings.xml or ~/.m2/repository)
     * @param settings        the user settings file, or null for ~/.m2/settings.xml
     */
    public DependencyResolver(Path localRepository, Path settings) {
        this.localRepository = localRepository;
        this.settings = settings;
    }

    /** A resolver configured from the environment (see the class comment). */
    public static DependencyResolver fromEnvironment() {
        return new DependencyResolver(setting("jawait.deps.localRepository", "JAWAIT_DEPS_LOCAL_REPO").orElse(null),
                setting("jawait.deps.settings", "JAWAIT_DEPS_SETTINGS").orElse(null));
    }

    private static Optional<Path> setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    /**
     * Adds a remote repository (searched after Maven Central); mirrors and authentication from
     * settings.xml apply to it as in Maven.
     *
     * @throws JawaitException for a blank id or a URL that is not http(s) or file
     */
    public synchronized void addRepository(String id, String url) {
        if (id.isBlank() || !url.matches("(?i)(https?|file):.+")) {
            throw new BadArgumentsException("A repository needs an id and an http(s) or file URL, e.g."
                    + " %mavenRepo jitpack https://jitpack.io; got `" + id + " " + url + "`.");
        }
        extraRepositories.put(id, new RemoteRepository.Builder(id, "default", url).build());
        closeContext();
    }

    /** The repositories searched, in order, as the user configured them (before mirrors apply). */
    public synchronized List<String> repositories() {
        List<String> result = new ArrayList<>(List.of("central " + ContextOverrides.CENTRAL.getUrl()));
        extraRepositories.values().forEach(r -> result.add(r.getId() + " " + r.getUrl()));
        return result;
    }

    /**
     * Resolves {@code artifacts} and their runtime dependencies.
     *
     * @param managed  versions that transitive dependencies must take (what a session already loaded)
     * @param progress receives progress lines while files download
     * @return the resolved artifacts with their files, in class-path order
     * @throws JawaitException with one clear message when resolution fails
     */
    public synchronized List<Artifact> resolve(List<Artifact> artifacts, List<Artifact> managed, Consumer<String> progress) {
        Objects.requireNonNull(progress);
        Context ctx = context();
        CollectRequest collect = new CollectRequest();
        artifacts.forEach(a -> collect.addDependency(new Dependency(a, JavaScopes.RUNTIME)));
        managed.forEach(a -> collect.addManagedDependency(new Dependency(a, JavaScopes.RUNTIME)));
        collect.setRepositories(ctx.remoteRepositories());
        this.progress.sink(progress);
        try {
            List<Artifact> result = new ArrayList<>();
            for (ArtifactResult artifact : ctx.repositorySystem()
                    .resolveDependencies(ctx.repositorySystemSession(), new DependencyRequest(collect, null))
                    .getArtifactResults()) {
                result.add(artifact.getArtifact());
            }
            return result;
        } catch (DependencyResolutionException | RuntimeException e) {
            throw ResolutionErrors.describe(artifacts, ctx.remoteRepositories(), e);
        } finally {
            this.progress.sink(line -> { });
        }
    }

    private Context context() {
        if (context == null) {
            ContextOverrides.Builder overrides = ContextOverrides.create()
                    .withUserSettings(true)
                    .repositories(allRepositories())
                    .addRepositoriesOp(ContextOverrides.AddRepositoriesOp.APPEND)
                    .transferListener(progress);
            if (localRepository != null) {
                overrides.withLocalRepositoryOverride(localRepository.toAbsolutePath());
            }
            if (settings != null) {
                overrides.withUserSettingsXmlOverride(settings.toAbsolutePath());
            }
            try {
                context = Runtimes.INSTANCE.getRuntime().create(overrides.build());
            } catch (RuntimeException e) {
                throw new DependencyException("Cannot set up Maven resolution: " + e.getMessage()
                        + (settings != null ? " (settings " + settings + ")" : " (check ~/.m2/settings.xml)"), e);
            }
        }
        return context;
    }

    private List<RemoteRepository> allRepositories() {
        List<RemoteRepository> all = new ArrayList<>(List.of(ContextOverrides.CENTRAL));
        all.addAll(extraRepositories.values());
        return all;
    }

    private void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Releases the resolver's connections and threads. */
    @Override
    public synchronized void close() {
        closeContext();
    }
}
