package dev.jawait.repl.internal;

import dev.jawait.OutputListener;
import java.io.PrintWriter;
import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;

/**
 * Where what cells and their background tasks print goes on a terminal: straight to the screen
 * while a cell runs; while the user is typing, whole lines go above the prompt
 * ({@link LineReader#printAbove}), so the line being edited stays intact.
 *
 * <p>Thread-safe: called from any printing thread.
 */
public final class TerminalOutput implements OutputListener {
    private final Terminal terminal;
    private final StringBuilder pending = new StringBuilder();
    private volatile LineReader reader;
    private boolean cellRunning;

    TerminalOutput(Terminal terminal) {
        this.terminal = terminal;
    }

    void attach(LineReader lineReader) {
        this.reader = lineReader;
    }

    /** A cell starts or ends: its own output goes straight to the screen meanwhile. */
    synchronized void cellRunning(boolean running) {
        cellRunning = running;
        if (running && !pending.isEmpty()) {
            write(pending.toString());
            pending.setLength(0);
        }
    }

    /** A one-time notice from jawait itself (e.g. history problems). */
    void warn(String message) {
        output(null, true, message + "\n");
    }

    @Override
    public synchronized void output(Object tag, boolean stderr, String text) {
        LineReader lineReader = reader;
        if (cellRunning || lineReader == null || !lineReader.isReading()) {
            write(text);
            return;
        }
        pending.append(text);
        int newline = pending.lastIndexOf("\n");
        if (newline >= 0) {
            String lines = pending.substring(0, newline);
            pending.delete(0, newline + 1);
            lineReader.printAbove(lines);
        }
    }

    private void write(String text) {
        PrintWriter writer = terminal.writer();
        writer.print(text);
        writer.flush();
    }
}
