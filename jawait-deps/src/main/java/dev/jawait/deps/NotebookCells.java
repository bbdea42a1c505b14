package dev.jawait.deps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jawait.JawaitException.BadArgumentsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the code cells of a Jupyter notebook for {@code %load NOTEBOOK.ipynb}, with Jackson. A class of
 * its own so that {@link NotebookLoad} (registered in every standard session) does not need Jackson
 * on the class path until a notebook is loaded.
 *
 * <p>Stateless and thread-safe.
 */
final class NotebookCells {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NotebookCells() {}

    /** The sources of the notebook's code cells (nbformat 4: {@code source} a string or a list of lines). */
    static List<String> of(Path file, String name) {
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
