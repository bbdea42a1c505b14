package dev.jawait.kernel.internal;

import java.lang.reflect.Method;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * Renderers for libraries a session may have on its class path, found by class name so that
 * none of them is needed by the kernel, and so that they work whichever class loader brought the
 * library in ({@code %maven}, {@code %jars}): Jackson's {@code JsonNode} as {@code application/json};
 * an XChart chart or a {@code JFreeChart} as {@code image/png}; a {@code Flow.Publisher}, a Reactor
 * {@code Flux}/{@code Mono} or an RxJava {@code Flowable}/{@code Observable} as a short HTML note
 * that says what it is and that it was not subscribed to (displaying a stream never starts it).
 *
 * <p>Stateless and thread-safe.
 */
final class LibraryRenderers {
    static final int CHART_WIDTH = 640;
    static final int CHART_HEIGHT = 480;

    private LibraryRenderers() {}

    /** {@code application/json} for a Jackson {@code JsonNode} (its {@code toString()} is JSON). */
    static Map<String, Object> json(Object value) {
        if (!isA(value.getClass(), "com.fasterxml.jackson.databind.JsonNode")) {
            return Map.of();
        }
        try {
            return Map.of("application/json", Json.MAPPER.readTree(value.toString()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return Map.of();
        }
    }

    /** {@code image/png} of an XChart chart ({@code BitmapEncoder}) or a JFreeChart ({@code createBufferedImage}). */
    static Map<String, Object> chart(Object value) {
        Class<?> kind = value.getClass();
        try {
            if (isA(kind, "org.knowm.xchart.internal.chartpart.Chart")) {
                ClassLoader loader = kind.getClassLoader();
                Class<?> encoder = Class.forName("org.knowm.xchart.BitmapEncoder", true, loader);
                Class<?> format = Class.forName("org.knowm.xchart.BitmapEncoder$BitmapFormat", true, loader);
                Class<?> chart = Class.forName("org.knowm.xchart.internal.chartpart.Chart", true, loader);
                Object png = format.getField("PNG").get(null);
                Method bytes = encoder.getMethod("getBitmapBytes", chart, format);
                return Map.of("image/png", Base64.getEncoder().encodeToString((byte[]) bytes.invoke(null, value, png)));
            }
            if (isA(kind, "org.jfree.chart.JFreeChart")) {
                Method image = kind.getMethod("createBufferedImage", int.class, int.class);
                return MimeBundles.png(image.invoke(value, CHART_WIDTH, CHART_HEIGHT));
            }
        } catch (ReflectiveOperationException e) {
            KernelLog.warn("cannot draw a " + kind.getName() + " as PNG: " + (e.getCause() != null ? e.getCause() : e));
        }
        return Map.of();
    }

    /** An HTML note for a reactive stream: what it is, and that displaying it did not subscribe. */
    static Map<String, Object> stream(Object value) {
        Class<?> kind = value.getClass();
        String what;
        if (isA(kind, "reactor.core.publisher.Flux") || isA(kind, "reactor.core.publisher.Mono")
                || isA(kind, "io.reactivex.rxjava3.core.Flowable") || isA(kind, "io.reactivex.rxjava3.core.Observable")
                || isA(kind, "org.reactivestreams.Publisher") || value instanceof Flow.Publisher<?>) {
            what = kind.getSimpleName().isEmpty() ? kind.getName() : kind.getSimpleName();
        } else {
            return Map.of();
        }
        return Map.of("text/html", "<div><b>" + TableRenderer.escape(what) + "</b> <i>(a stream: not subscribed; "
                + "<code>for await (var x : stream)</code> reads it, <code>await stream</code> gets its last value)</i></div>");
    }

    /** Whether {@code kind} is or extends/implements the type named {@code name} (any class loader). */
    static boolean isA(Class<?> kind, String name) {
        for (Class<?> c = kind; c != null; c = c.getSuperclass()) {
            if (c.getName().equals(name)) {
                return true;
            }
            for (Class<?> i : c.getInterfaces()) {
                if (isA(i, name)) {
                    return true;
                }
            }
        }
        return false;
    }

}
