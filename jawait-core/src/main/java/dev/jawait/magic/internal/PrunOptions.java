package dev.jawait.magic.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.runtime.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The options of {@code %prun} and {@code %%prun}, IPython's ({@code getopt} style
 * {@code D:l:rs:T:q}: {@code -s cumulative}, {@code -scumulative}, {@code -qr}), and the code
 * after them. Sort keys take IPython's (pstats') spellings; limits are a count, a fraction or a
 * regular expression, applied in order.
 *
 * @param sortKeys the sort keys as given, in order (empty: IPython's default, {@code time})
 * @param limits   the {@code -l} restrictions, in order
 * @param textFile the {@code -T} file, if any
 * @param quiet    {@code -q}: do not show the report
 * @param returnData {@code -r}: the profile is the cell's value
 * @param code     the code to profile (for {@code %prun}; empty when none follows)
 *
 * <p>Immutable and thread-safe.
 */
record PrunOptions(List<String> sortKeys, List<String> limits, Optional<String> textFile, boolean quiet,
                   boolean returnData, String code) {
    private static final String USAGE = "Usage: %prun [-s KEY] [-l LIMIT] [-T FILE] [-q] [-r] CODE";
    private static final Pattern WHERE = Pattern.compile("In\\[(\\d+)], line (\\d+)");

    /** A sort key: how methods compare and how the report names the order. */
    record Sort(Comparator<Profile.Method> order, String description) {}

    static PrunOptions parse(String args) {
        List<String> sortKeys = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        Optional<String> textFile = Optional.empty();
        boolean quiet = false;
        boolean returnData = false;
        int i = 0;
        while (true) {
            i = skipSpaces(args, i);
            if (i >= args.length() || args.charAt(i) != '-' || i + 1 >= args.length()
                    || !Character.isLetter(args.charAt(i + 1))) {
                if (args.startsWith("--", i) && (i + 2 == args.length() || Character.isWhitespace(args.charAt(i + 2)))) {
                    i += 2; // getopt's end of options
                }
                break;
            }
            int end = wordEnd(args, i);
            String cluster = args.substring(i + 1, end);
            i = end;
            for (int c = 0; c < cluster.length(); c++) {
                char option = cluster.charAt(c);
                switch (option) {
                    case 'q' -> quiet = true;
                    case 'r' -> returnData = true;
                    case 's', 'l', 'T', 'D' -> {
                        String value = cluster.substring(c + 1);
                        if (value.isEmpty()) {
                            i = skipSpaces(args, i);
                            if (i >= args.length()) {
                                throw new BadArgumentsException("%prun: option -" + option + " needs a value. " + USAGE);
                            }
                            int valueEnd = args.charAt(i) == '"' || args.charAt(i) == '\'' ? quotedEnd(args, i) : wordEnd(args, i);
                            value = unquote(args.substring(i, valueEnd));
                            i = valueEnd;
                        }
                        c = cluster.length();
                        switch (option) {
                            case 's' -> {
                                sort(value); // checks the key
                                sortKeys.add(value);
                            }
                            case 'l' -> limits.add(value);
                            case 'T' -> textFile = Optional.of(value);
                            default -> throw new BadArgumentsException("%prun: option -D (dump the statistics to a file) is"
                                    + " not supported: jawait profiles with JFR, not Python's profile module. Use -T FILE"
                                    + " to write the report, or -r to get the data as the cell's value.");
                        }
                    }
                    default -> throw new BadArgumentsException("%prun: unknown option -" + option + ". " + USAGE);
                }
            }
        }
        return new PrunOptions(sortKeys, limits, textFile, quiet, returnData, args.substring(Math.min(i, args.length())).strip());
    }

    /** The order of the sort keys, the session's code always first. */
    Sort order() {
        List<String> keys = sortKeys.isEmpty() ? List.of("time") : sortKeys;
        Comparator<Profile.Method> order = Comparator.comparing(method -> !method.userCode());
        List<String> descriptions = new ArrayList<>();
        for (String key : keys) {
            Sort sort = sort(key);
            order = order.thenComparing(sort.order());
            descriptions.add(sort.description());
        }
        return new Sort(order.thenComparing(Profile.Method::name), String.join(", ", descriptions));
    }

    /** The methods of {@code sorted} that the {@code -l} restrictions keep. */
    List<Profile.Method> limit(List<Profile.Method> sorted) {
        List<Profile.Method> kept = sorted;
        for (String limit : limits) {
            kept = restrict(kept, limit);
        }
        return kept;
    }

    private static List<Profile.Method> restrict(List<Profile.Method> methods, String limit) {
        if (limit.matches("\\d+")) {
            return methods.subList(0, Math.min(methods.size(), Integer.parseInt(limit)));
        }
        if (limit.matches("\\d*\\.\\d+|\\d+\\.")) {
            double fraction = Double.parseDouble(limit);
            if (fraction > 1) {
                throw new BadArgumentsException("%prun: -l " + limit + " is neither a count nor a fraction between 0 and 1.");
            }
            return methods.subList(0, (int) (methods.size() * fraction + 0.5));
        }
        try {
            Pattern pattern = Pattern.compile(limit);
            return methods.stream().filter(m -> pattern.matcher(m.name() + " " + m.location()).find()).toList();
        } catch (PatternSyntaxException e) {
            throw new BadArgumentsException("%prun: -l " + limit + " is not a count, a fraction or a regular expression: "
                    + e.getDescription() + ".");
        }
    }

    private static Sort sort(String key) {
        Comparator<Profile.Method> own = Comparator.comparingInt(Profile.Method::ownSamples).reversed();
        Comparator<Profile.Method> cumulative = Comparator.comparingInt(Profile.Method::cumulativeSamples).reversed();
        Comparator<Profile.Method> name = Comparator.comparing(Profile.Method::name);
        Comparator<Profile.Method> where = Comparator.comparing(PrunOptions::whereKey).thenComparing(name);
        return switch (key) {
            case "time", "tottime" -> new Sort(own, "internal time");
            case "cumulative", "cumtime" -> new Sort(cumulative.thenComparing(own.reversed()), "cumulative time"); // callers before callees
            case "calls", "ncalls", "pcalls" -> new Sort(own, "own samples (calls are not counted)");
            case "name", "stdname" -> new Sort(name, "function name");
            case "file", "filename", "module", "line", "nfl" -> new Sort(where, "where (cell and line)");
            default -> throw new BadArgumentsException("%prun: unknown sort key -s " + key + ". Keys: time (tottime),"
                    + " cumulative (cumtime), calls (ncalls, pcalls), name (stdname), file (filename, module, line, nfl).");
        };
    }

    /** Sorts "In[2], line 10" after "In[2], line 9", and code outside the session last. */
    private static String whereKey(Profile.Method method) {
        Matcher matcher = WHERE.matcher(method.location());
        if (matcher.find()) {
            return String.format("%09d:%09d", Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        }
        return "~" + method.location();
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int quotedEnd(String text, int start) {
        int close = text.indexOf(text.charAt(start), start + 1);
        if (close < 0) {
            throw new BadArgumentsException("%prun: unclosed quote in " + text.substring(start) + ".");
        }
        return close + 1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
