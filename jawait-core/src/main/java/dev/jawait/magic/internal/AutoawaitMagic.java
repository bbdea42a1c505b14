package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicResult;

import dev.jawait.magic.SessionControl;
import java.util.Locale;

/**
 * {@code %autoawait [on|off|true|false|RUNNER]}: shows or changes whether cells that await run,
 * and through which runner, with IPython's wording.
 *
 * <p>Stateless and thread-safe.
 */
final class AutoawaitMagic implements LineMagic {
    @Override
    public MagicResult run(MagicContext context, String args) {
        SessionControl session = context.control();
        String arg = args.strip();
        switch (arg.toLowerCase(Locale.ROOT)) {
            case "" -> { }
            case "on", "true" -> session.setAutoawait(true);
            case "off", "false" -> session.setAutoawait(false);
            default -> session.useRunner(arg);
        }
        if (!arg.isEmpty()) {
            return MagicResult.none();
        }
        return MagicResult.show("jawait autoawait is `" + (session.autoawait() ? "on" : "off")
                + "`, and set to use `" + session.runnerName() + "`");
    }
}
