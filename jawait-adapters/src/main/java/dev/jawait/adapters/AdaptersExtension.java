package dev.jawait.adapters;

import dev.jawait.spi.SessionExtension;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * What jawait-adapters gives every standard session: its jar on the snippets' class path, so that
 * once Reactor, RxJava, Mutiny, Vert.x or Guava is added, {@code await} finds this jar's
 * overloads for their types (see {@code META-INF/jawait/await-adapters}).
 *
 * <p>Stateless and thread-safe.
 */
public final class AdaptersExtension implements SessionExtension {
    /** Made by {@link java.util.ServiceLoader}. */
    public AdaptersExtension() {}
    @Override
    public List<Path> snippetClassPath() {
        try {
            return List.of(Path.of(AdaptersExtension.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            return List.of(); // then awaiting library types needs this jar on the user's class path
        }
    }
}
