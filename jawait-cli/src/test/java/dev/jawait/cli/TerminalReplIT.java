package dev.jawait.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The interactive REPL in a real pseudo-terminal (tmux), as a person uses it: prompts,
 * continuation of an incomplete cell, Ctrl-C at the prompt and during a cell, Ctrl-D, and
 * {@code Jawait.embed()} opened (and nested) inside a running program.
 */
class TerminalReplIT {
    private TerminalSession terminal;

    @AfterEach
    void killServer() throws Exception {
        if (terminal != null) {
            terminal.close();
        }
    }

    private void start() throws Exception {
        terminal = TerminalSession.jawait();
    }

    private String start(String command) throws Exception {
        terminal = TerminalSession.start(command, "In [1]:");
        return terminal.screen();
    }

    private void type(String text) throws Exception {
        terminal.type(text);
    }

    private void paste(String text) throws Exception {
        terminal.paste(text);
    }

    private void key(String key) throws Exception {
        terminal.key(key);
    }

    private String screen() throws Exception {
        return terminal.screen();
    }

    private String waitFor(java.util.function.Predicate<String> condition, String what) throws Exception {
        return terminal.waitFor(condition, what);
    }

    private static long count(String screen, String text) {
        return TerminalSession.count(screen, text);
    }

    @Test
    void multiLineForAwaitCompletionAfterAwaitAndPaste() throws Exception {
        start();
        type("var items = new SubmissionPublisher<Integer>();");
        key("Enter");
        waitFor(s -> s.contains("In [2]:"), "the second prompt");
        type("spawn(() -> { await sleep(2500); for (int i = 1; i <= 3; i++) items.submit(i); items.close(); });");
        key("Enter");
        waitFor(s -> s.contains("In [3]:"), "the third prompt");
        type("for await (var x : items) {");
        key("Enter");
        waitFor(s -> s.contains("   ...:"), "a continuation prompt");
        type("System.out.println(\"item \" + x);");
        key("Enter");
        type("}");
        key("Enter");
        waitFor(s -> s.contains("item 3") && s.contains("In [4]:"), "the loop over three items");

        type("var f = CompletableFuture.completedFuture(\"x\");");
        key("Enter");
        waitFor(s -> s.contains("In [5]:"), "the fifth prompt");
        type("await f.toCo");
        key("Tab");
        waitFor(s -> s.contains("In [5]: await f.toCompletableFuture()"), "the member completed after await f.");
        key("Enter");
        waitFor(s -> s.contains("Out[5]: \"x\""), "the completed call's value");

        paste("int p = 1;\nint q = 2;\np + q");
        waitFor(s -> s.contains("In [6]: int p = 1;"), "the pasted cell in the buffer");
        key("Enter");
        waitFor(s -> s.contains("Out[6]: 3") && s.contains("In [7]:"), "the pasted lines running as one cell");

        type("String.valueOf?");
        key("Enter");
        waitFor(s -> s.contains("String String.valueOf(") && s.contains("Returns the string representation"), "documentation");
        type("/vars");
        key("Enter");
        waitFor(s -> s.contains("|    int p = 1"), "/vars");
        type("exit");
        key("Enter");
        waitFor(s -> s.contains("JAWAIT-EXITED"), "exit leaving");
    }

    @Test
    void interruptsLeaveNoZombiesAndBackgroundOutputGoesAboveTheLine() throws Exception {
        start();
        type("System.out.println(\"waiting\"); await new CompletableFuture<String>()");
        key("Enter");
        waitFor(s -> s.lines().anyMatch(l -> l.equals("waiting")), "the cell running");
        key("C-c");
        waitFor(s -> s.contains("Interrupted") && s.contains("In [2]:"), "Ctrl-C stopping a pending await");

        type("System.out.println(\"sleeping\"); await sleep(1500); System.out.println(\"zombie\");");
        key("Enter");
        waitFor(s -> s.lines().anyMatch(l -> l.equals("sleeping")), "the cell running");
        key("C-c");
        waitFor(s -> count(s, "Interrupted") == 2 && s.contains("In [3]:"), "Ctrl-C stopping the sleep");

        // prints 1.5 s after the interrupted cell would have printed "zombie"
        type("spawn(() -> { await sleep(3000); System.out.println(\"background says hi\"); });");
        key("Enter");
        waitFor(s -> s.contains("In [4]:"), "the fourth prompt");
        type("int half");
        String screen = waitFor(s -> s.lines().anyMatch(l -> l.equals("background says hi")), "background output");
        List<String> lines = screen.lines().toList();
        int hi = lines.indexOf("background says hi");
        assertTrue(hi >= 0 && lines.subList(hi, lines.size()).stream().anyMatch(l -> l.startsWith("In [4]: int half")),
                "the output sits above the half-typed line:\n" + screen);
        type("way = 5;");
        key("Enter");
        waitFor(s -> s.contains("In [5]:"), "the half-typed line finished and run");
        type("halfway * 2");
        key("Enter");
        waitFor(s -> s.contains("Out[5]: 10"), "the variable from the edited line");
        assertTrue(screen().lines().noneMatch(l -> l.equals("zombie")),
                "the interrupted cell never printed later (the background line came after its time):\n" + screen());
        key("C-d");
        waitFor(s -> s.contains("JAWAIT-EXITED"), "Ctrl-D exiting");
    }

    /** A cell holding out for a monitor: a second Ctrl-C says so, a third abandons it, the session goes on. */
    @Test
    void laterCtrlCsSayWhatACellThatCannotStopWaitsForThenAbandonIt() throws Exception {
        start();
        type(HOLD_A_MONITOR);
        key("Enter");
        waitFor(s -> s.contains("In [2]:"), "a thread holding the monitor");
        type(ENTER_THE_MONITOR);
        key("Enter");
        waitFor(s -> s.lines().anyMatch(l -> l.equals("entering")), "the cell running");
        key("C-c");
        // one line of text, wrapped by the terminal: compare without the line breaks
        java.util.function.Predicate<String> saysWhatItWaitsFor = s -> s.replace("\n", "").contains(
                "is blocked entering a synchronized block (In[2], line 1)")
                && s.replace("\n", "").contains("Interrupt again to abandon it");
        // a second Ctrl-C right behind the first can reach the JVM as one SIGINT (signals do not
        // queue): press again, as a person would, until the second one has been seen
        for (int presses = 0; presses < 10; presses++) {
            key("C-c");
            if (terminal.shows(saysWhatItWaitsFor, 3)) {
                break;
            }
        }
        waitFor(saysWhatItWaitsFor, "what the cell waits for");
        key("C-c");
        waitFor(s -> s.replace("\n", "").contains("Abandoned the cell: the session goes on.") && s.contains("In [3]:"),
                "the cell abandoned");
        type("1 + 1");
        key("Enter");
        waitFor(s -> s.contains("Out[3]: 2"), "the session going on");
        assertTrue(screen().lines().noneMatch(l -> l.equals("zombie")), screen());
        key("C-d");
        waitFor(s -> s.contains("JAWAIT-EXITED"), "Ctrl-D exiting");
    }

    /** A cell that makes a platform thread hold {@code monitor} for good. */
    static final String HOLD_A_MONITOR = "var monitor = new Object(); var held = new java.util.concurrent.CountDownLatch(1);"
            + " Thread.ofPlatform().daemon().start(() -> { synchronized (monitor) { held.countDown();"
            + " while (true) { try { Thread.sleep(Long.MAX_VALUE); } catch (InterruptedException e) { } } } }); held.await();";
    /** A cell that prints "entering", then waits for {@code monitor} (one block: no stop check in between). */
    static final String ENTER_THE_MONITOR = "{ System.out.println(\"entering\"); synchronized (monitor) { System.out.println(\"zombie\"); } }";

    @Test
    void embedInARealTerminalRunsOnAVirtualThreadNestsAndReturnsToTheProgram() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String first = start(java + " --enable-native-access=ALL-UNNAMED -cp '" + System.getProperty("java.class.path")
                + "' " + Path.of("..", "examples", "embed", "EmbedDemo.java").toAbsolutePath());
        assertTrue(first.contains("embedded"), "the embedded banner:\n" + first);
        type("answer + 1");
        key("Enter");
        waitFor(s -> s.contains("Out[1]: 43"), "a value bound by the program");
        type("%autoawait virtual");
        key("Enter");
        waitFor(s -> s.contains("In [3]:"), "the third prompt");
        type("await job");
        key("Enter");
        waitFor(s -> s.contains("Out[3]: \"done\""), "the program's own future, awaited");
        type("Thread.currentThread().isVirtual()");
        key("Enter");
        waitFor(s -> s.contains("Out[4]: true"), "the embedding virtual thread");
        type("dev.jawait.repl.Jawait.embed(java.util.Map.of(\"inner\", \"nested\"))");
        key("Enter");
        waitFor(s -> count(s, "embedded (Java") == 2 && count(s, "In [1]:") == 2, "the nested prompt");
        type("inner + \"!\"");
        key("Enter");
        waitFor(s -> s.contains("Out[1]: \"nested!\""), "the nested session's binding");
        key("C-d");
        waitFor(s -> s.contains("In [6]:"), "back at the outer prompt");
        type("answer * 2");
        key("Enter");
        waitFor(s -> s.contains("Out[6]: 84"), "the outer session, still alive");
        key("C-d");
        String end = waitFor(s -> s.contains("JAWAIT-EXITED"), "the program ending");
        assertTrue(end.contains("embed returned") && end.contains("program goes on: done"), end);
    }

    @Test
    void aPersonAtTheTerminal() throws Exception {
        start();

        type("var f = CompletableFuture.supplyAsync(() -> 21 * 2);");
        key("Enter");
        waitFor(s -> s.contains("In [2]:"), "the second prompt");
        type("await f");
        key("Enter");
        waitFor(s -> s.contains("Out[2]: 42"), "the awaited value");

        type("for await (var x : new SubmissionPublisher<Integer>()) {");
        key("Enter");
        waitFor(s -> s.contains("   ...:"), "a continuation prompt for the open loop");
        key("C-c");
        waitFor(s -> s.lines().filter(l -> l.startsWith("In [3]:")).count() == 2, "Ctrl-C clearing the cell");

        type("System.out.println(\"looping\"); while (true) { }");
        key("Enter");
        waitFor(s -> s.lines().anyMatch(l -> l.equals("looping")), "the loop running");
        key("C-c");
        waitFor(s -> s.contains("Interrupted") && s.contains("In [4]:"), "Ctrl-C stopping the loop");

        type("%autoawait");
        key("Enter");
        waitFor(s -> s.contains("jawait autoawait is `on`, and set to use `virtual`"), "the autoawait line");

        key("C-d");
        waitFor(s -> s.contains("JAWAIT-EXITED"), "Ctrl-D exiting");
    }
}
