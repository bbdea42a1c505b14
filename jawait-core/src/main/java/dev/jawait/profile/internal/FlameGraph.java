package dev.jawait.profile.internal;

import java.util.Locale;

/**
 * A flame graph of merged stacks as a self-contained inline SVG (no script, no external file):
 * the cell at the bottom, callees stacked above their callers, each box as wide as its samples;
 * the session's methods warm, library and JDK methods cool; hovering a box shows the method,
 * where it is and its samples (an SVG {@code <title>}). Hand-written: a few dozen lines of SVG do
 * not justify a dependency, and no library on Maven Central renders one without a script.
 *
 * <p>Stateless and thread-safe.
 */
public final class FlameGraph {
    private static final int WIDTH = 960;
    private static final int ROW = 18;
    private static final int MAX_DEPTH = 60;
    private static final double CHAR_WIDTH = 6.6;

    private FlameGraph() {}

    /** The SVG of {@code tree}, or an empty string when it has no samples. */
    public static String svg(CallTree tree) {
        CallTree.Node root = tree.root();
        if (root.samples() == 0) {
            return "";
        }
        int depth = Math.min(depth(root), MAX_DEPTH);
        int height = (depth + 1) * ROW + 4;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"jawait-flamegraph\""
                + " width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"monospace\" font-size=\"11\">",
                WIDTH, height, WIDTH, height));
        double perSample = (double) WIDTH / root.samples();
        box(out, root, 0, 0, perSample, height, root.samples());
        return out.append("</svg>").toString();
    }

    private static void box(StringBuilder out, CallTree.Node node, double x, int level, double perSample, int height, int total) {
        if (level > MAX_DEPTH) {
            return;
        }
        double width = node.samples() * perSample;
        if (width < 0.3) {
            return;
        }
        double y = height - (level + 1) * ROW - 2;
        String label = node.location().isEmpty() ? node.name() : node.name() + " (" + node.location() + ")";
        String title = String.format(Locale.ROOT, "%s: %d sample%s (%.1f%%)", label, node.samples(),
                node.samples() == 1 ? "" : "s", 100.0 * node.samples() / total);
        out.append(String.format(Locale.ROOT, "<g><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\""
                + " fill=\"%s\" stroke=\"white\" stroke-width=\"0.5\" rx=\"2\"/>",
                Html.escape(title), x, y, width, ROW - 1, colour(node, level)));
        int chars = (int) ((width - 6) / CHAR_WIDTH);
        if (chars >= 3) {
            String text = label.length() <= chars ? label : label.substring(0, Math.max(1, chars - 1)) + "…";
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", x + 3, y + ROW - 5,
                    Html.escape(text)));
        }
        out.append("</g>");
        double childX = x;
        for (CallTree.Node child : node.children()) {
            box(out, child, childX, level + 1, perSample, height, total);
            childX += child.samples() * perSample;
        }
    }

    private static String colour(CallTree.Node node, int level) {
        if (level == 0) {
            return "#d0d0d0";
        }
        int shade = Math.floorMod(node.name().hashCode(), 40);
        return node.userCode()
                ? String.format(Locale.ROOT, "rgb(%d,%d,%d)", 240, 110 + shade, 40 + shade / 2)
                : String.format(Locale.ROOT, "rgb(%d,%d,%d)", 120 + shade, 170 + shade / 2, 220);
    }

    private static int depth(CallTree.Node node) {
        int deepest = 0;
        for (CallTree.Node child : node.children()) {
            deepest = Math.max(deepest, 1 + depth(child));
        }
        return deepest;
    }
}
