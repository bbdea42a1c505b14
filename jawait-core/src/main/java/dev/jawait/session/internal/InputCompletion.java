package dev.jawait.session.internal;

import dev.jawait.Completion;
import dev.jawait.magic.ArgumentCompleter;
import dev.jawait.magic.MagicRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Tab completion in any input: command names after {@code /}, magic names after {@code %} and
 * {@code %%}, a magic's arguments by its {@link ArgumentCompleter}, Java everywhere else (also
 * after {@code await x.}).
 *
 * <p>Not thread-safe: the session completes under its cell lock.
 */
public final class InputCompletion {
    private final EngineSlot engines;
    private final MagicRegistry magics;
    private final CellPipeline pipeline;

    public InputCompletion(EngineSlot engines, MagicRegistry magics, CellPipeline pipeline) {
        this.engines = engines;
        this.magics = magics;
        this.pipeline = pipeline;
    }

    public Completion complete(String cell, int cursor) {
        int end = Math.max(0, Math.min(cursor, cell.length()));
        int lineStart = cell.lastIndexOf('\n', Math.max(0, end - 1)) + 1;
        String line = cell.substring(lineStart, end);
        String stripped = line.stripLeading();
        if (stripped.startsWith("/") && lineStart == 0 && !stripped.contains(" ") && cell.indexOf('\n') < 0) {
            String prefix = stripped.substring(1);
            return Completion.of(end - stripped.length(), pipeline.commandNames().stream()
                    .filter(n -> n.startsWith(prefix)).map(n -> "/" + n).toList(), "command");
        }
        if (stripped.startsWith("%")) {
            boolean cellMagic = stripped.startsWith("%%");
            int nameStart = lineStart + (line.length() - stripped.length()) + (cellMagic ? 2 : 1);
            int space = cell.indexOf(' ', nameStart);
            if (space < 0 || space >= end) {
                String prefix = cell.substring(nameStart, end);
                List<String> names = (cellMagic ? magics.cellNames() : magics.names()).stream()
                        .filter(n -> n.startsWith(prefix)).toList();
                return Completion.of(nameStart, names, "magic");
            }
            Optional<ArgumentCompleter> completer = magics.completer(cell.substring(nameStart, space));
            if (completer.isPresent()) {
                Completion arguments = completer.get().complete(pipeline.control(), cell.substring(space + 1, end));
                return new Completion(space + 1 + arguments.anchor(), arguments.candidates(), arguments.types());
            }
        }
        return engines.get().complete(cell, end);
    }
}
