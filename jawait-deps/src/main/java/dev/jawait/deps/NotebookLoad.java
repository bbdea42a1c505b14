package dev.jawait.deps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private static final ObjectMapper MAPPER = new ObjectMapper();
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
        List<String> cells = codeCells(file, name);
        CellResult last = null;
        for (int i = 0; i < cells.size(); i++) {
            last = context.runModule(cells.get(i), file.getFileName() + " cell " + (i + 1));
            if (last.status() != CellStatus.OK) {
                break;
            }
        }
        return last == null ? MagicResult.show("%load: " + name + " has no code cells.") : MagicResult.ran(List.of(), last);
    }

    /** The sources of the notebook's code cells (nbformat 4: {@code source} a string or a list of lines). */
    static List<String> codeCells(Path file, String name) {
        JsonNode notebook;
        try {
            notebook = MAPPER.readTree(Files.readString(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadArgumentsException("%load: no such file: " + name);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadArgumentsException("%load: " + name + " is not a notebook (not JSON: " + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new BadArgumentsException("%load: cannot read " + name + ": " + e.getMessage());
        }
        JsonNode cells = notebook == null ? null : notebook.get("cells");
        if (cells == null || !cells.isArray()) {
            throw new BadArgumentsException("%load: " + name + " is not a notebook (no \"cells\" list; nbformat 4 is read)");
        }
        List<String> sources = new ArrayList<>();
        for (JsonNode cell : cells) {
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            JsonNode source = cell.path("source");
            StringBuilder text = new StringBuilder();
            if (source.isArray()) {
                source.forEach(line -> text.append(line.asText()));
            } else {
                text.append(source.asText());
            }
            if (!text.isEmpty()) {
                sources.add(text.toString());
            }
        }
        return sources;
    }
}
