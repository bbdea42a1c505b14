package dev.jawait.magic;

/**
 * Registers jawait's built-in magics (IPython's names) in a {@link MagicRegistry}.
 *
 * <p>Stateless and thread-safe.
 */
final class StandardMagics {
    private StandardMagics() {}

    static void registerAll(MagicRegistry registry) {
        registry.register("autoawait", new AutoawaitMagic(), """
                %autoawait [on|off|RUNNER]
                Shows or sets whether cells that await run, and through which runner: virtual,
                sync (turns autoawait off), loop, a session variable holding a Runner, or a class name.""");
        TimeMagic time = new TimeMagic();
        registry.register("time", (LineMagic) time, TimeMagic.HELP);
        registry.register("time", (CellMagic) time, TimeMagic.HELP);
        TimeitMagic timeit = new TimeitMagic();
        registry.register("timeit", (LineMagic) timeit, TimeitMagic.HELP);
        registry.register("timeit", (CellMagic) timeit, TimeitMagic.HELP);
        registry.register("history", new HistoryMagic(), HistoryMagic.HELP);
        registry.register("who", new WhoMagic(false), WhoMagic.WHO_HELP);
        registry.register("whos", new WhoMagic(true), WhoMagic.WHOS_HELP);
        registry.register("load", (LineMagic) FileMagics::load, FileMagics.LOAD_HELP);
        registry.register("run", (LineMagic) FileMagics::run, FileMagics.RUN_HELP);
        registry.register("classpath", FileMagics.classpath(), FileMagics.CLASSPATH_HELP);
        registry.register("lsmagic", (LineMagic) HelpMagics::lsmagic, HelpMagics.LSMAGIC_HELP);
        registry.register("magic", (LineMagic) HelpMagics::magic, HelpMagics.MAGIC_HELP);
    }
}
