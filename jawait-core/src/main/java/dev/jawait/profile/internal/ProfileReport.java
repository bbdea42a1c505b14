package dev.jawait.profile.internal;

import dev.jawait.runtime.Profile;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A profile as IPython's {@code %prun} table, adapted to samples: per method its own samples and
 * time ({@code tottime}), its cumulative samples and time ({@code cumtime}), then the method and
 * where the session declared it. Times are samples × interval: CPU time with CPU-time samples,
 * an estimate of running time with execution samples. A sampling profiler does not count calls,
 * and the header says so, with the number of samples, the interval and the wall time. As text
 * for every front end, as an HTML table for Jupyter.
 *
 * <p>Stateless and thread-safe.
 */
public final class ProfileReport {
    private ProfileReport() {}

    /** The text report of {@code profile}, whose methods are {@code shown} (sorted and limited), ordered by {@code orderedBy}. */
    public static String text(Profile profile, Duration compiling, List<Profile.Method> shown, String orderedBy) {
        StringBuilder out = new StringBuilder();
        out.append(header(profile, compiling)).append('\n');
        if (profile.samples() == 0) {
            return out.toString();
        }
        out.append("   Ordered by: ").append(orderedBy).append(" (the session's code first)\n");
        out.append("   Calls are not counted: a sampling profiler sees where time goes, not how often a method runs.\n\n");
        out.append(String.format(Locale.ROOT, "%8s %8s %8s %8s  %s%n", "own", "tottime", "cum", "cumtime", "function (where)"));
        for (Profile.Method method : shown) {
            out.append(String.format(Locale.ROOT, "%8d %8.3f %8d %8.3f  %s%n", method.ownSamples(),
                    seconds(profile, method.ownSamples()), method.cumulativeSamples(),
                    seconds(profile, method.cumulativeSamples()), label(method)));
        }
        int hidden = profile.methods().size() - shown.size();
        if (hidden > 0) {
            out.append(String.format(Locale.ROOT, "   (%d more method%s not shown)%n", hidden, hidden == 1 ? "" : "s"));
        }
        return out.toString();
    }

    /**
     * The header: samples, sampler, interval, wall time and how much of it compiling took (as
     * sampled), and whether the cell was mostly waiting rather than running.
     */
    public static String header(Profile profile, Duration compiling) {
        long interval = profile.interval().toMillis();
        double wall = profile.wallTime().toNanos() / 1e9;
        boolean cpu = profile.sampler().equals(SampleRecorder.CPU_TIME);
        String kind = cpu ? "samples of CPU time, one every " + interval + " ms a thread runs"
                : "execution samples, one every " + interval + " ms per running thread";
        double compile = Math.min(wall, compiling.toNanos() / 1e9);
        String line = String.format(Locale.ROOT, "%d %s (JFR %s), over %.3f seconds of wall time%s.",
                profile.samples(), kind, profile.sampler(), wall,
                compile > 0 ? String.format(Locale.ROOT, ", about %.3f s of it compiling the code", compile) : "");
        wall -= compile;
        double sampled = profile.samples() * profile.interval().toNanos() / 1e9;
        if (profile.samples() == 0) {
            return line + "\nNo samples: the cell ran no code of its own long enough to be sampled (it was waiting, or"
                    + " took less than " + interval + " ms).";
        }
        if (sampled < wall / 2) {
            return line + String.format(Locale.ROOT, "\nThe samples cover %.3f s: the rest of the time the cell was"
                    + " waiting (sleeping, awaiting, blocked, or for a CPU), which a sampler does not see.", sampled);
        }
        return line;
    }

    /** The HTML form: the header and the table ({@code <table>}), for Jupyter. */
    public static String html(Profile profile, Duration compiling, List<Profile.Method> shown, String orderedBy) {
        StringBuilder out = new StringBuilder("<div class=\"jawait-prun\">");
        out.append("<p>").append(Html.escape(header(profile, compiling)).replace("\n", "<br>")).append("</p>");
        if (profile.samples() == 0) {
            return out.append("</div>").toString();
        }
        out.append("<p>Ordered by ").append(Html.escape(orderedBy))
                .append(", the session's code first. Calls are not counted (sampling).</p>");
        out.append("<table><thead><tr><th style=\"text-align:right\">own</th><th style=\"text-align:right\">tottime (s)</th>"
                + "<th style=\"text-align:right\">cum</th><th style=\"text-align:right\">cumtime (s)</th>"
                + "<th style=\"text-align:left\">function</th><th style=\"text-align:left\">where</th></tr></thead><tbody>");
        for (Profile.Method method : shown) {
            out.append("<tr><td style=\"text-align:right\">").append(method.ownSamples())
                    .append("</td><td style=\"text-align:right\">")
                    .append(String.format(Locale.ROOT, "%.3f", seconds(profile, method.ownSamples())))
                    .append("</td><td style=\"text-align:right\">").append(method.cumulativeSamples())
                    .append("</td><td style=\"text-align:right\">").append(String.format(Locale.ROOT, "%.3f", seconds(profile, method.cumulativeSamples())))
                    .append("</td><td style=\"text-align:left\">").append(method.userCode() ? "<b>" : "")
                    .append(Html.escape(method.name())).append(method.userCode() ? "</b>" : "")
                    .append("</td><td style=\"text-align:left\">").append(Html.escape(method.location()))
                    .append("</td></tr>");
        }
        return out.append("</tbody></table></div>").toString();
    }

    static String label(Profile.Method method) {
        return method.name() + (method.location().isEmpty() ? "" : " (" + method.location() + ")");
    }

    private static double seconds(Profile profile, int samples) {
        return samples * profile.interval().toNanos() / 1e9;
    }
}
