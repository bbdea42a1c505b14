package dev.jawait.kernel;

import java.util.Map;

/**
 * Turns a value into extra MIME representations for Jupyter ({@code text/html}, {@code image/svg+xml},
 * {@code application/json}, …). The kernel always adds {@code text/plain} itself (the value's
 * {@code Out[N]} text); a renderer that gives {@code text/plain} replaces it. Register one
 * with {@link Renderers#register(MimeRenderer)} (from a cell, too) or list it in
 * {@code META-INF/services/dev.jawait.kernel.MimeRenderer}.
 *
 * <pre>{@code
 * Renderers.register(v -> v instanceof Money m ? Map.of("text/html", "<b>" + m + "</b>") : Map.of());
 * }</pre>
 *
 * <p>Implementations are called from the threads of snippet code and must be thread-safe.
 */
@FunctionalInterface
public interface MimeRenderer {
    /**
     * The representations of {@code value} this renderer makes.
     *
     * @return MIME type to data: a {@code String} (binary types such as {@code image/png} as
     *         base64) or, for JSON types, any value Jackson can write; empty when this renderer
     *         does not apply to {@code value}
     */
    Map<String, Object> render(Object value);
}
