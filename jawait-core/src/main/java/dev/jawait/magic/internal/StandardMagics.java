package dev.jawait.magic.internal;

import dev.jawait.magic.LineMagic;
import dev.jawait.magic.CellMagic;
import dev.jawait.magic.MagicRegistry;

/**
 * Registers jawait's built-in magics (IPython's names) in a {@link MagicRegistry}.
 *
 * <p>Stateless and thread-safe.
 */
public final class StandardMagics {
    private StandardMagics() {}

    /** Registers every built-in magic in {@code registry}. */
    public static void registerAll(MagicRegistry registry) {
        registry.register("autoawait", new AutoawaitMagic(), """
                %autoawait [on|off|RUNNER]
                Shows or sets whether cells that await run, and through which runner: virtual,
                sync (turns autoawait off), loop, a session variable holding a Runner, or a class name.""",
                ArgumentCompletions.RUNNER_NAMES);
        TimeMagic time = new TimeMagic();
        registry.register("time", (LineMagic) time, TimeMagic.HELP, ArgumentCompletions.JAVA);
        registry.register("time", (CellMagic) time, TimeMagic.HELP);
        TimeitMagic timeit = new TimeitMagic();
        registry.register("timeit", (LineMagic) timeit, TimeitMagic.HELP, ArgumentCompletions.JAVA);
        registry.register("timeit", (CellMagic) timeit, TimeitMagic.HELP);
        PrunMagic prun = new PrunMagic();
        registry.register("prun", (LineMagic) prun, PrunMagic.HELP, ArgumentCompletions.JAVA);
        registry.register("prun", (CellMagic) prun, PrunMagic.HELP);
        registry.register("history", new HistoryMagic(), HistoryMagic.HELP);
        registry.register("tasks", new TasksMagic(), TasksMagic.HELP);
        registry.register("who", new WhoMagic(false), WhoMagic.WHO_HELP);
        registry.register("whos", new WhoMagic(true), WhoMagic.WHOS_HELP);
        registry.register("load", (LineMagic) FileMagics::load, FileMagics.LOAD_HELP, ArgumentCompletions.FILES);
        registry.register("run", (LineMagic) FileMagics::run, FileMagics.RUN_HELP, ArgumentCompletions.FILES);
        registry.register("classpath", FileMagics.classpath(), FileMagics.CLASSPATH_HELP, ArgumentCompletions.FILES);
        registry.register("jars", new JarsMagic(), JarsMagic.HELP, ArgumentCompletions.FILES);
        registry.register("config", new ConfigMagic(), ConfigMagic.HELP, ArgumentCompletions.SETTING_NAMES);
        registry.register("colors", (LineMagic) ConfigMagic::colors, ConfigMagic.COLORS_HELP, ArgumentCompletions.COLOR_SCHEMES);
        registry.register("cd", (LineMagic) EnvironmentMagics::cd, EnvironmentMagics.CD_HELP, ArgumentCompletions.FILES);
        registry.register("pwd", (LineMagic) EnvironmentMagics::pwd, EnvironmentMagics.PWD_HELP);
        registry.register("env", (LineMagic) EnvironmentMagics::env, EnvironmentMagics.ENV_HELP);
        registry.register("lsmagic", (LineMagic) HelpMagics::lsmagic, HelpMagics.LSMAGIC_HELP);
        registry.register("magic", (LineMagic) HelpMagics::magic, HelpMagics.MAGIC_HELP, ArgumentCompletions.MAGIC_NAMES);
    }
}
