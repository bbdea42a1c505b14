package dev.jawait.kernel.internal;

import dev.jawait.Session;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code text/html} tables: a list, set or array of records, of beans (public {@code getX()} /
 * {@code isX()} methods) or of maps is a table with a row per element and a column per component,
 * property or key; a map of its own is a table of keys and values. At most {@value #MAX_ROWS} rows
 * and {@value #MAX_COLUMNS} columns are shown, with the row count under the table. Values are shown
 * as in {@code Out[N]} (strings unquoted), cut at {@value #MAX_CELL} characters, HTML-escaped.
 *
 * <p>Stateless and thread-safe.
 */
final class TableRenderer {
    static final int MAX_ROWS = 50;
    static final int MAX_COLUMNS = 30;
    static final int MAX_CELL = 200;

    private TableRenderer() {}

    static Map<String, Object> render(Object value) {
        List<?> rows = rows(value);
        if (rows != null) {
            return rowsTable(rows, value);
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            List<Map<String, Object>> pairs = new ArrayList<>();
            int n = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (n++ == MAX_ROWS) {
                    break;
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("key", e.getKey());
                row.put("value", e.getValue());
                pairs.add(row);
            }
            return Map.of("text/html", html(List.of("key", "value"), pairs, map.size()));
        }
        return Map.of();
    }

    private static List<?> rows(Object value) {
        if (value instanceof Collection<?> c && !c.isEmpty()) {
            return new ArrayList<>(c);
        }
        if (value != null && value.getClass().isArray() && !value.getClass().getComponentType().isPrimitive()
                && Array.getLength(value) > 0) {
            return List.of((Object[]) value).stream().toList();
        }
        return null;
    }

    private static Map<String, Object> rowsTable(List<?> elements, Object value) {
        Object first = elements.getFirst();
        if (first == null) {
            return Map.of();
        }
        Set<String> columns = new LinkedHashSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object element : elements.subList(0, Math.min(MAX_ROWS, elements.size()))) {
            Map<String, Object> row = row(element, first.getClass());
            if (row == null) {
                return Map.of(); // not all records, beans or maps of one kind: no table
            }
            columns.addAll(row.keySet());
            rows.add(row);
        }
        if (columns.isEmpty()) {
            return Map.of();
        }
        return Map.of("text/html", html(new ArrayList<>(columns), rows, elements.size()));
    }

    /** The cells of {@code element}, or null when it is not a record, bean or map like the first. */
    private static Map<String, Object> row(Object element, Class<?> kind) {
        Map<String, Object> row = new LinkedHashMap<>();
        if (element instanceof Map<?, ?> map) {
            map.forEach((k, v) -> row.put(String.valueOf(k), v));
            return row;
        }
        if (element == null || element.getClass() != kind) {
            return null;
        }
        try {
            if (element instanceof Record) {
                for (RecordComponent component : kind.getRecordComponents()) {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true); // a record declared in a cell (not exported)
                    row.put(component.getName(), accessor.invoke(element));
                }
                return row;
            }
            if (kind.getName().startsWith("java.") || kind.getName().startsWith("javax.")) {
                return null;
            }
            for (Method getter : getters(kind)) {
                getter.setAccessible(true);
                row.put(property(getter), getter.invoke(element));
            }
            return row.isEmpty() ? null : row;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static List<Method> getters(Class<?> kind) {
        List<Method> getters = new ArrayList<>();
        for (Method m : kind.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
                    && m.getReturnType() != void.class && !property(m).isEmpty()) {
                getters.add(m);
            }
        }
        getters.sort(java.util.Comparator.comparing(TableRenderer::property));
        return getters;
    }

    private static String property(Method m) {
        String name = m.getName();
        String rest = name.startsWith("get") ? name.substring(3)
                : name.startsWith("is") && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class) ? name.substring(2) : "";
        return rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) ? "" : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    /** The table of {@code rows} (at most {@value #MAX_ROWS}) under {@code columns}, with a count of {@code total} rows. */
    static String html(List<String> columns, List<Map<String, Object>> rows, int total) {
        List<String> shown = columns.subList(0, Math.min(MAX_COLUMNS, columns.size()));
        StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
        for (String column : shown) {
            out.append("<th>").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Map<String, Object> row : rows) {
            out.append("<tr>");
            for (String column : shown) {
                out.append("<td>").append(row.containsKey(column) ? escape(cell(row.get(column))) : "").append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<p>");
        out.append(total == rows.size() ? total + (total == 1 ? " row" : " rows")
                : "first " + rows.size() + " of " + total + " rows");
        if (shown.size() < columns.size()) {
            out.append(", first ").append(shown.size()).append(" of ").append(columns.size()).append(" columns");
        }
        return out.append("</p>").toString();
    }

    private static String cell(Object value) {
        String text = value instanceof CharSequence s ? s.toString() : Session.valueText(value);
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
