package dev.jawait.kernel;

import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The renderers the kernel consults, last registered first, before its built-in ones: an object's
 * public {@code String toHtml()} method gives {@code text/html}, a {@code java.awt.image.RenderedImage}
 * (e.g. a {@code BufferedImage}) gives {@code image/png}.
 *
 * <p>Thread-safe.
 */
public final class Renderers {
    private static final List<MimeRenderer> REGISTERED = new CopyOnWriteArrayList<>();

    static {
        ServiceLoader.load(MimeRenderer.class).forEach(REGISTERED::add);
    }

    private Renderers() {}

    /** Adds {@code renderer}; it takes precedence over those registered before it. */
    public static void register(MimeRenderer renderer) {
        REGISTERED.addFirst(java.util.Objects.requireNonNull(renderer, "renderer"));
    }

    /** Removes {@code renderer}; returns whether it was registered. */
    public static boolean unregister(MimeRenderer renderer) {
        return REGISTERED.remove(renderer);
    }

    /** The registered renderers, in the order they are consulted. */
    public static List<MimeRenderer> registered() {
        return List.copyOf(REGISTERED);
    }
}
