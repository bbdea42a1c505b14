package dev.jawait.magic.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.SessionTasks;
import dev.jawait.TaskInfo;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.RichOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code %tasks}: the tasks the session's code spawned, as a table (an HTML table in Jupyter);
 * {@code -a} adds the last ones that ended, {@code -v ID} shows a task's stack, {@code cancel ID|all}
 * cancels (interrupts) tasks.
 *
 * <p>Stateless and thread-safe.
 */
final class TasksMagic implements LineMagic {
    static final String HELP = """
            %tasks [-a] | -v ID | cancel ID|all
            Lists the pending tasks that spawn(...) started: id, state, age, the cell that spawned
            each and what it waits on (an await, sleep, a lock, I/O).
              -a          also the last tasks that ended (up to 32)
              -v ID       the task's stack, in your code's terms
              cancel ID   cancels the task (interrupts it); `cancel all` cancels every pending one
            A task that fails while nobody awaits it is reported once, under the cell that spawned it.""";
    private static final String[] COLUMNS = {"id", "state", "age", "spawned by", "waiting on"};
    private static final int MAX_ROWS = 200;

    @Override
    public MagicResult run(MagicContext context, String args) {
        SessionTasks tasks = context.control().tasks();
        String[] words = args.strip().isEmpty() ? new String[0] : args.strip().split("\\s+");
        if (words.length == 0 || words.length == 1 && words[0].equals("-a")) {
            return table(context, tasks.list(words.length == 1));
        }
        if (words.length == 2 && words[0].equals("-v")) {
            long id = id(words[1], tasks);
            TaskInfo task = tasks.find(id).orElseThrow();
            List<String> lines = new ArrayList<>();
            lines.add(task.text() + task.waitingOn().map(w -> " waiting on " + w).orElse(""));
            tasks.stack(id).ifPresentOrElse(frames -> frames.forEach(frame -> lines.add("    " + frame)),
                    () -> lines.add("    (it has ended: no stack)"));
            return MagicResult.show(lines);
        }
        if (words.length == 2 && words[0].equals("cancel")) {
            if (words[1].equals("all")) {
                int cancelled = tasks.cancelAll();
                return MagicResult.show("Cancelled " + cancelled + (cancelled == 1 ? " task." : " tasks."));
            }
            long id = id(words[1], tasks);
            String name = tasks.find(id).orElseThrow().name();
            return MagicResult.show(tasks.cancel(id) ? "Cancelled " + name + "." : name + " has already ended.");
        }
        throw new BadArgumentsException("%tasks: cannot use `" + args.strip() + "`. Usage: " + HELP.lines().findFirst().orElseThrow());
    }

    /** The number of a task the session knows (pending or lately ended), from {@code 3} or {@code Task-3}. */
    private static long id(String word, SessionTasks tasks) {
        String digits = word.regionMatches(true, 0, "Task-", 0, 5) ? word.substring(5) : word;
        long id;
        try {
            id = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new BadArgumentsException("%tasks: `" + word + "` is not a task id; give the number %tasks shows (3 or Task-3)");
        }
        if (tasks.find(id).isEmpty()) {
            throw new BadArgumentsException("%tasks: there is no task " + id + " (it never existed, or it ended long ago);"
                    + " %tasks -a lists the tasks it knows");
        }
        return id;
    }

    private static MagicResult table(MagicContext context, List<TaskInfo> all) {
        if (all.isEmpty()) {
            return MagicResult.show("No tasks.");
        }
        List<TaskInfo> shown = all.size() > MAX_ROWS ? all.subList(0, MAX_ROWS) : all;
        List<String[]> rows = new ArrayList<>();
        for (TaskInfo task : shown) {
            rows.add(new String[] {String.valueOf(task.id()), task.state().name().toLowerCase(java.util.Locale.ROOT),
                    String.format(java.util.Locale.ROOT, "%.1f s", task.age().toMillis() / 1000.0), task.spawnedBy(), task.waitingOn().orElse("")});
        }
        String more = all.size() > shown.size() ? "… and " + (all.size() - shown.size()) + " more" : null;
        context.display(new RichOutput(text(rows, more), html(rows, more)));
        return MagicResult.none();
    }

    private static String text(List<String[]> rows, String more) {
        int[] width = new int[COLUMNS.length];
        for (int c = 0; c < COLUMNS.length; c++) {
            width[c] = COLUMNS[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS, width);
        for (String[] row : rows) {
            line(out, row, width);
        }
        Optional.ofNullable(more).ifPresent(m -> out.append(m).append('\n'));
        return out.toString().stripTrailing();
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            line.append(c == 0 ? " ".repeat(width[c] - cell.length()) + cell : cell + " ".repeat(width[c] - cell.length()));
            line.append("  ");
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String html(List<String[]> rows, String more) {
        StringBuilder out = new StringBuilder("<table class=\"jawait-tasks\"><thead><tr>");
        for (String column : COLUMNS) {
            out.append("<th>").append(escape(column)).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (String[] row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append("<td>").append(escape(cell)).append("</td>");
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        if (more != null) {
            out.append("<p>").append(escape(more)).append("</p>");
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
