package dev.jawait.history;

/**
 * One cell in history: which session, its number there, what was typed and what was displayed.
 *
 * @param session the history session number (one per jawait process or kernel)
 * @param line    the cell's execution count in that session
 * @param input   the cell as typed
 * @param output  the displayed value's text, or null if nothing was displayed
 */
public record HistoryEntry(long session, int line, String input, String output) {}
