package dev.jawait.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/** Appends one JSON line per figure (median, min, max over samples) to a results file. */
final class Results {
    private final Path file;

    Results(Path file) {
        this.file = file;
    }

    /** Records {@code samples} (in {@code unit}) under {@code id}; {@code note} may be empty. */
    void record(String id, String unit, double[] samples, String note) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        String line = String.format(Locale.ROOT,
                "{\"id\":\"%s\",\"unit\":\"%s\",\"n\":%d,\"median\":%.6f,\"min\":%.6f,\"max\":%.6f,\"note\":\"%s\"}%n",
                id, unit, sorted.length, median(sorted), sorted[0], sorted[sorted.length - 1], escape(note));
        System.err.printf(Locale.ROOT, "  %-34s median %10.3f %s  (min %.3f, max %.3f, n=%d) %s%n",
                id, median(sorted), unit, sorted[0], sorted[sorted.length - 1], sorted.length, note);
        append(line);
    }

    /** Records a figure that could not be measured (e.g. a cell that cannot be stopped). */
    void recordMissing(String id, String note) {
        System.err.printf(Locale.ROOT, "  %-34s %s%n", id, note);
        append("{\"id\":\"" + id + "\",\"n\":0,\"note\":\"" + escape(note) + "\"}\n");
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void append(String line) {
        try {
            Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ");
    }
}
