package dev.jawait.deps;

import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.SessionControl;
import dev.jawait.spi.SessionExtension;
import java.util.List;
import java.util.function.Consumer;

/**
 * What jawait-deps gives every standard session: {@code %maven}, {@code %dependency},
 * {@code %mavenRepo}, and the resolution of {@code --deps} and {@code //DEPS}, with a resolver
 * configured from the environment ({@code ~/.m2/settings.xml}).
 *
 * <p>Stateless and thread-safe.
 */
public final class DepsExtension implements SessionExtension {
    /** Made by {@link java.util.ServiceLoader}. */
    public DepsExtension() {}
    private final DepsMagics magics = new DepsMagics(DependencyResolver::fromEnvironment);

    @Override
    public void registerMagics(MagicRegistry registry) {
        magics.registerInto(registry);
    }

    @Override
    public boolean addDependencies(SessionControl session, List<String> coordinates, Consumer<String> progress) {
        magics.addDependencies(session, coordinates, progress);
        return true;
    }
}
