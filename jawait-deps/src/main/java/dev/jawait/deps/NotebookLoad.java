package dev.jawait.deps;

import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code %load NOTEBOOK.ipynb}, as JJava has it: runs the notebook's code cells in order, in
 * module mode (as {@code %run} runs a file: nothing displayed, top-level {@code await} allowed,
 * declarations stay), stopping at the first that fails. Any other file goes to the {@code %load}
 * registered before this one (IPython's: the file into the next input).
 *
 * <p>Thread-safe (stateless apart from the magic it wraps).
 */
final class NotebookLoad implements LineMagic {
    static final String HELP = """
            %load FILE
            Puts the file's text into the next input (the terminal prefills its prompt; Jupyter
            replaces the cell), to edit and run it. %load NOTEBOOK.ipynb (as JJava's) runs the
            notebook's code cells instead, in order, as %run runs a file, and stops at the first
            that fails.""";
    private final LineMagic other;

    NotebookLoad(LineMagic other) {
        this.other = other;
    }

    @Override
    public MagicResult run(MagicContext context, String args) {
        String name = args.strip();
        if (!name.endsWith(".ipynb")) {
            return other.run(context, args);
        }
        Path file = context.control().environment().resolve(name);
        List<String> cells = NotebookCells.of(file, name); // Jackson is loaded only here, for a notebook
        CellResult last = null;
        for (int i = 0; i < cells.size(); i++) {
            last = context.runModule(cells.get(i), file.getFileName() + " cell " + (i + 1));
            if (last.status() != CellStatus.OK) {
                break;
            }
        }
        return last == null ? MagicResult.show("%load: " + name + " has no code cells.") : MagicResult.ran(List.of(), last);
    }
}
