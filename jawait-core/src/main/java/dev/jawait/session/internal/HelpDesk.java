package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.analysis.CellInput;
import dev.jawait.engine.internal.Engine;
import dev.jawait.magic.MagicRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Answers {@code NAME?} and {@code NAME??} (IPython's {@code obj?} / {@code obj??}), the one rule
 * for every front end: a magic's help text for {@code %name?} and {@code %%name?}; otherwise the
 * signatures and javadoc of what NAME is, looked up as written and, failing that, as the start of
 * a call ({@code NAME(}); {@code ??} adds the source of what the session declared under that
 * name. The answer is a page for the front end ({@link CellResult.Payload.Page}).
 *
 * <p>Not thread-safe: the session answers under its cell lock.
 */
final class HelpDesk {
    private final EngineSlot engines;
    private final MagicRegistry magics;

    HelpDesk(EngineSlot engines, MagicRegistry magics) {
        this.engines = engines;
        this.magics = magics;
    }

    CellResult answer(CellInput.HelpRequest request, int count) {
        String target = request.target();
        if (request.isMagic()) {
            String name = target.substring(target.startsWith("%%") ? 2 : 1);
            String help = magics.help(target).orElseThrow(() -> target.startsWith("%%")
                    ? magics.unknownCell(name) : magics.unknown(name));
            return page(help, count);
        }
        Engine engine = engines.get();
        Optional<String> documentation = engine.documentation(target, target.length())
                .or(() -> engine.documentation(target + "(", target.length() + 1));
        List<String> sources = request.detailed() ? engine.declarationSources(lastName(target)) : List.of();
        if (documentation.isEmpty() && sources.isEmpty()) {
            return new CellResult.NoValue(count, List.of("Object `" + target + "` not found."), List.of());
        }
        StringBuilder text = new StringBuilder(documentation.orElse(""));
        for (String source : sources) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Source:\n").append(source.strip());
        }
        return page(text.toString(), count);
    }

    private static CellResult page(String text, int count) {
        return new CellResult.NoValue(count, List.of(), List.of(new CellResult.Payload.Page(text)));
    }

    /** The last name of a chain: {@code twice} of {@code Util.twice}, {@code bar} of {@code Foo::bar}. */
    private static String lastName(String target) {
        String name = target.replaceAll("\\([^()]*\\)", "");
        int cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf(':'));
        return name.substring(cut + 1);
    }
}
