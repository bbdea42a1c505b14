package dev.jawait.kernel.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * Renderers for libraries a session may have on its class path, found by class name so that
 * none of them is needed by the kernel, and so that they work whichever class loader brought the
 * library in ({@code %maven}, {@code %jars}): Jackson's {@code JsonNode} as {@code application/json};
 * an XChart chart or a {@code JFreeChart} as {@code image/png} (an XChart chart as SVG too when it
 * can); a Tablesaw {@code Table} as a table; a {@code Flow.Publisher}, a Reactor
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

    /**
     * {@code image/png} of an XChart chart ({@code BitmapEncoder}), with {@code image/svg+xml} too
     * when XChart's optional VectorGraphics2D is on the chart's class path; {@code image/png} of a
     * JFreeChart ({@code createBufferedImage}).
     */
    static Map<String, Object> chart(Object value) {
        Class<?> kind = value.getClass();
        try {
            if (isA(kind, "org.knowm.xchart.internal.chartpart.Chart")) {
                return xchart(value, kind.getClassLoader());
            }
            if (isA(kind, "org.jfree.chart.JFreeChart")) {
                Method image = kind.getMethod("createBufferedImage", int.class, int.class);
                return MimeBundles.png(image.invoke(value, CHART_WIDTH, CHART_HEIGHT));
            }
        } catch (ReflectiveOperationException e) {
            KernelLog.warn("cannot draw a " + kind.getName() + ": " + (e.getCause() != null ? e.getCause() : e));
        }
        return Map.of();
    }

    /** XChart 3 takes a {@code Chart}, XChart 4 an {@code IChart}: the encoders are found by name. */
    private static Map<String, Object> xchart(Object chart, ClassLoader loader) throws ReflectiveOperationException {
        Map<String, Object> bundle = new LinkedHashMap<>();
        Class<?> bitmap = Class.forName("org.knowm.xchart.BitmapEncoder", true, loader);
        Object png = Class.forName("org.knowm.xchart.BitmapEncoder$BitmapFormat", true, loader).getField("PNG").get(null);
        Method bytes = staticMethod(bitmap, "getBitmapBytes", chart, ((Enum<?>) png).getDeclaringClass());
        bundle.put("image/png", Base64.getEncoder().encodeToString((byte[]) bytes.invoke(null, chart, png)));
        if (loads("de.erichseifert.vectorgraphics2d.VectorGraphics2D", loader)) {
            Class<?> vector = Class.forName("org.knowm.xchart.VectorGraphicsEncoder", true, loader);
            Object svg = Class.forName("org.knowm.xchart.VectorGraphicsEncoder$VectorGraphicsFormat", true, loader)
                    .getField("SVG").get(null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Method save = staticMethod(vector, "saveVectorGraphic", chart, OutputStream.class, ((Enum<?>) svg).getDeclaringClass());
            save.invoke(null, chart, out, svg);
            String text = out.toString(StandardCharsets.UTF_8);
            // the <svg> element alone, as IPython's SVG() keeps it: no XML prolog or DOCTYPE inside an HTML page
            bundle.put("image/svg+xml", text.substring(Math.max(0, text.indexOf("<svg"))));
        }
        return bundle;
    }

    /** The public static method {@code name} of {@code owner} that takes {@code first} and then {@code rest}. */
    private static Method staticMethod(Class<?> owner, String name, Object first, Class<?>... rest) throws NoSuchMethodException {
        for (Method m : owner.getMethods()) {
            Class<?>[] types = m.getParameterTypes();
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers()) && types.length == rest.length + 1
                    && types[0].isInstance(first) && Arrays.equals(rest, Arrays.copyOfRange(types, 1, types.length))) {
                return m;
            }
        }
        throw new NoSuchMethodException(owner.getName() + "." + name + " for a " + first.getClass().getName());
    }

    private static boolean loads(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * A Tablesaw {@code Table} (any {@code Relation}): {@code text/html} as the other tables are
     * ({@link TableRenderer#html}: the first rows, the row count), {@code text/plain} as Tablesaw
     * prints it ({@code print()}: its first rows as aligned columns).
     */
    static Map<String, Object> tablesaw(Object value) {
        Class<?> kind = value.getClass();
        if (!isA(kind, "tech.tablesaw.table.Relation")) {
            return Map.of();
        }
        try {
            Class<?> relation = Class.forName("tech.tablesaw.table.Relation", false, kind.getClassLoader());
            List<?> names = (List<?>) relation.getMethod("columnNames").invoke(value);
            int count = (Integer) relation.getMethod("rowCount").invoke(value);
            Method cell = relation.getMethod("getString", int.class, int.class);
            List<String> columns = names.stream().map(String::valueOf).toList();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int r = 0; r < Math.min(count, TableRenderer.MAX_ROWS); r++) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int c = 0; c < Math.min(columns.size(), TableRenderer.MAX_COLUMNS); c++) {
                    row.put(columns.get(c), cell.invoke(value, r, c));
                }
                rows.add(row);
            }
            return Map.of("text/html", TableRenderer.html(columns, rows, count),
                    "text/plain", relation.getMethod("print").invoke(value));
        } catch (ReflectiveOperationException e) {
            KernelLog.warn("cannot show a " + kind.getName() + " as a table: " + (e.getCause() != null ? e.getCause() : e));
            return Map.of();
        }
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
