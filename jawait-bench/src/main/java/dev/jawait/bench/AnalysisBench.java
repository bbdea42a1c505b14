package dev.jawait.bench;

import com.sun.source.util.JavacTask;
import dev.jawait.analysis.AwaitRewriter;
import dev.jawait.analysis.AwaitSyntaxException;
import dev.jawait.analysis.CellAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.tools.DiagnosticListener;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Time per MB of jawait's source analysis ({@code CellAnalyzer.analyze} and
 * {@code AwaitRewriter.rewrite} of the same text), against javac's parser
 * ({@code JavacTask.parse()}) on the same inputs in the same run: every {@code .java} file of
 * the JDK's {@code src.zip} as one cell, and the pathological shapes of issue 12 at growing
 * sizes, so that linearity (a constant time per MB) shows. Prints a Markdown table.
 *
 * <p>javac gets each shape inside a method body ({@code class Cell { void run() { … } }}), runs
 * on a thread with a 2 GB stack (its parser recurses per nesting level; jawait's analysis does
 * not) and reports its errors (an {@code await} is not Java) to a listener that drops them.
 * Where javac itself fails on a shape, the table says so. Each shape and size: one warm-up run,
 * then the median of {@value #ROUNDS} runs of each.
 *
 * <p>Arguments: the path of {@code src.zip}; {@code quick} to take every 20th file and the two
 * smaller sizes only (figures meaningless, to check that it runs).
 */
public final class AnalysisBench {

    private static final double MB = 1 << 20;
    private static final int CHUNK = 100;
    private static final int ROUNDS = 5;
    private static final DiagnosticListener<JavaFileObject> DROP = d -> { };

    /** A pathological shape: {@code cell(n)} grows linearly with n (nested shapes nest n deep). */
    private record Shape(String name, IntFunction<String> cell) {}

    private static final List<Shape> SHAPES = List.of(
            new Shape("`await await … f` (finding 6)", n -> "await ".repeat(n) + "f"),
            new Shape("`1+1+…+1`", n -> "1" + "+1".repeat(n)),
            new Shape("nested `((…))`", n -> "(".repeat(n) + "1" + ")".repeat(n)),
            new Shape("nested `a[a[…]]`", n -> "a[".repeat(n) + "0" + "]".repeat(n)),
            new Shape("nested `() -> { return … }`", n -> "Object r = " + "() -> { return ".repeat(n) + "await f" + "; }".repeat(n) + ";"),
            new Shape("nested `c ? (…) : 1`", n -> "int x = " + "c ? (".repeat(n) + "await f" + ") : 1".repeat(n) + ";"),
            new Shape("`a.b().b()…`", n -> "a" + ".b()".repeat(n) + ";"),
            new Shape("nested `if (a)`", n -> "if (a) ".repeat(n) + "f();"),
            new Shape("nested `for await`", n -> "for await (var x : p) ".repeat(n) + "f();"),
            new Shape("`for await` lines", n -> "for await (var x : p) { f(x); }\n".repeat(n)),
            new Shape("`try { await f; } catch` lines", n -> "try { await f; } catch (IOException e) { }\n".repeat(n)),
            new Shape("`@A` lines", n -> "@A\n".repeat(n) + "int x;"),
            new Shape("`a<b;` lines", n -> "a<b;\n".repeat(n)),
            new Shape("`(((…]]]`", n -> "(".repeat(n) + "]".repeat(n)),
            new Shape("string of `\\n` escapes", n -> "String s = \"" + "\\n".repeat(n) + "\";"),
            new Shape("text block", n -> "String s = \"\"\"\n" + "await x\n".repeat(n) + "\"\"\";"),
            new Shape("`f(x);` lines", n -> "f(x);\n".repeat(n)));

    private AnalysisBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = args.length > 1 && args[1].equals("quick");
        List<SourceFile> corpus = readCorpus(args[0], quick ? 20 : 1);
        int[] sizes = quick ? new int[] {1 << 16, 1 << 18} : new int[] {1 << 16, 1 << 18, 1 << 20};
        Thread big = new Thread(null, () -> run(corpus, sizes), "analysis-bench", 2L << 30);
        big.start();
        big.join();
    }

    private static void run(List<SourceFile> corpus, int[] sizes) {
        System.out.printf(Locale.ROOT, "%s; %d CPUs; %s%n%n", System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(), java.time.Instant.now());
        corpus(corpus);
        System.out.println();
        System.out.println("| shape | size | jawait | jawait ms/MB | javac parse | javac ms/MB | jawait/javac |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Shape shape : SHAPES) {
            for (int size : sizes) {
                shape(shape, size);
            }
        }
    }

    // ---- the JDK sources ---------------------------------------------------------------------

    /** One file of the corpus: its path in the zip and its text. */
    private record SourceFile(String name, String text) {}

    private static List<SourceFile> readCorpus(String srcZip, int every) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (ZipFile zip = new ZipFile(srcZip)) {
            int k = 0;
            for (ZipEntry e : Collections.list(zip.entries())) {
                if (e.getName().endsWith(".java") && k++ % every == 0) {
                    try (InputStream in = zip.getInputStream(e)) {
                        files.add(new SourceFile(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                    }
                }
            }
        }
        return files;
    }

    /** Chunks of files, each timed with jawait and with javac in turn (the order alternating). */
    private static void corpus(List<SourceFile> sources) {
        List<String> files = sources.stream().map(SourceFile::text).toList();
        long chars = files.stream().mapToLong(String::length).sum();
        List<String> warmUp = files.subList(0, Math.min(files.size(), 1000));
        jawait(warmUp);
        javac(warmUp);
        long jawaitNanos = 0;
        long javacNanos = 0;
        int worst = -1;
        double worstPerChar = 0;
        for (int from = 0, chunk = 0; from < files.size(); from += CHUNK, chunk++) {
            List<String> part = files.subList(from, Math.min(files.size(), from + CHUNK));
            if (chunk % 2 == 0) {
                jawaitNanos += jawait(part);
                javacNanos += javac(part);
            } else {
                javacNanos += javac(part);
                jawaitNanos += jawait(part);
            }
        }
        for (int i = 0; i < files.size(); i++) { // the slowest file per character, of those ≥ 64 KB
            String file = files.get(i);
            if (file.length() >= 1 << 16) {
                double perChar = (double) jawait(List.of(file)) / file.length();
                if (perChar > worstPerChar) {
                    worst = i;
                    worstPerChar = perChar;
                }
            }
        }
        System.out.println("| corpus | files | MB | jawait | jawait ms/MB | javac parse | javac ms/MB | jawait/javac |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| JDK sources (src.zip), one cell per file | %d | %.1f | %.1f s | %.0f | %.1f s | %.0f | %.2f× |%n",
                files.size(), chars / MB, jawaitNanos / 1e9, perMb(jawaitNanos, chars), javacNanos / 1e9,
                perMb(javacNanos, chars), (double) jawaitNanos / javacNanos);
        if (worst >= 0) { // timed once each to find it: time it again, the median of ROUNDS
            String file = files.get(worst);
            double[] again = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                again[r] = jawait(List.of(file));
            }
            System.out.printf(Locale.ROOT, "%nSlowest file per MB for jawait, of those ≥ 64 KB: `%s` (%d KB), "
                    + "%.0f ms/MB (median of %d; %.0f ms/MB when found).%n", sources.get(worst).name(), file.length() >> 10,
                    perMb((long) median(again), file.length()), ROUNDS, worstPerChar * 1e-6 * MB);
        }
    }

    // ---- the shapes -------------------------------------------------------------------------

    private static void shape(Shape shape, int size) {
        String cell = ofSize(shape.cell(), size);
        String unit = "class Cell { void run() throws Throwable {\n" + cell + "\n} }";
        double[] jawait = new double[ROUNDS];
        double[] javac = new double[ROUNDS];
        String javacNote = "";
        jawait(List.of(cell));
        try {
            javac(List.of(unit));
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            javacNote = "javac fails: " + cause.getClass().getSimpleName();
        }
        for (int r = 0; r < ROUNDS; r++) {
            jawait[r] = jawait(List.of(cell));
            if (javacNote.isEmpty()) {
                javac[r] = javac(List.of(unit));
            }
        }
        double jawaitMs = median(jawait) / 1e6;
        double javacMs = median(javac) / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %s | %.1f ms | %.0f | %s | %s | %s |%n", shape.name(), kb(cell.length()),
                jawaitMs, jawaitMs * MB / cell.length(),
                javacNote.isEmpty() ? String.format(Locale.ROOT, "%.1f ms", javacMs) : javacNote,
                javacNote.isEmpty() ? String.format(Locale.ROOT, "%.0f", javacMs * MB / unit.length()) : "—",
                javacNote.isEmpty() ? String.format(Locale.ROOT, "%.2f×", jawaitMs / javacMs) : "—");
    }

    /** The shape's cell whose length is closest to {@code size} from below. */
    private static String ofSize(IntFunction<String> shape, int size) {
        int perUnit = shape.apply(2).length() - shape.apply(1).length();
        int n = Math.max(1, (size - shape.apply(0).length()) / perUnit);
        return shape.apply(n);
    }

    // ---- the contenders ---------------------------------------------------------------------

    /** Nanoseconds to analyze and rewrite each text as a cell. */
    private static long jawait(List<String> texts) {
        long start = System.nanoTime();
        for (String text : texts) {
            CellAnalyzer.analyze(text);
            try {
                AwaitRewriter.rewrite(text);
            } catch (AwaitSyntaxException e) {
                // a malformed await is an answer too
            }
        }
        return System.nanoTime() - start;
    }

    /** Nanoseconds for javac to parse the texts as compilation units, in one task. */
    private static long javac(List<String> texts) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            units.add(new Source("Cell" + i, texts.get(i)));
        }
        long start = System.nanoTime();
        JavacTask task = (JavacTask) compiler.getTask(null, null, DROP, List.of("-proc:none"), null, units);
        try {
            task.parse();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return System.nanoTime() - start;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String name, String text) {
            super(URI.create("string:///" + name + ".java"), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }

    private static double perMb(long nanos, long chars) {
        return nanos / 1e6 * MB / chars;
    }

    private static String kb(int chars) {
        return chars >= MB ? String.format(Locale.ROOT, "%.1f MB", chars / MB) : (chars >> 10) + " KB";
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
