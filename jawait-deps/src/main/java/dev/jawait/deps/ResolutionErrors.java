package dev.jawait.deps;

import dev.jawait.JawaitException.DependencyException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.MetadataNotFoundException;

/**
 * Turns Maven Resolver's exception chains into one message a user can act on: an artifact that
 * no repository has, a repository that cannot be reached, or anything else with its cause.
 *
 * <p>Stateless and thread-safe.
 */
final class ResolutionErrors {
    private ResolutionErrors() {}

    static DependencyException describe(List<Artifact> requested, List<RemoteRepository> repositories, Exception error) {
        String what = requested.stream().map(Artifact::toString).collect(Collectors.joining(", "));
        String where = repositories.stream().map(r -> r.getId() + " (" + r.getUrl() + ")").collect(Collectors.joining(", "));
        Throwable unreachable = find(error, ConnectException.class, UnknownHostException.class,
                NoRouteToHostException.class, HttpConnectTimeoutException.class, java.net.SocketTimeoutException.class);
        if (unreachable != null) {
            return new DependencyException("Cannot resolve " + what + ": a repository cannot be reached ("
                    + unreachable.getClass().getSimpleName() + ": " + unreachable.getMessage() + "). Repositories: "
                    + where + ". Check the network, or the proxies and mirrors in ~/.m2/settings.xml.", error);
        }
        ArtifactNotFoundException notFound = (ArtifactNotFoundException) find(error, ArtifactNotFoundException.class);
        if (notFound != null || find(error, MetadataNotFoundException.class) != null) {
            String missing = notFound != null && notFound.getArtifact() != null ? notFound.getArtifact().toString() : what;
            return new DependencyException("Cannot resolve " + what + ": " + missing + " was not found in "
                    + where + ". Check the group, artifact and version (search.maven.org), or add its repository"
                    + " with %mavenRepo ID URL.", error);
        }
        ArtifactTransferException transfer = (ArtifactTransferException) find(error, ArtifactTransferException.class);
        Throwable cause = transfer != null ? transfer : root(error);
        return new DependencyException("Cannot resolve " + what + ": " + cause.getMessage(), error);
    }

    @SafeVarargs
    private static Throwable find(Throwable error, Class<? extends Throwable>... types) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Throwable found = find(suppressed, types);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Throwable root(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
