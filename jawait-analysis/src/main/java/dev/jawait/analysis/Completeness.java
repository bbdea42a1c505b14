package dev.jawait.analysis;

/** How complete a cell's source is, as a REPL decides whether to run it or ask for more lines. */
public enum Completeness {
    /** Only blanks and comments. */
    EMPTY,
    /** Every snippet is finished: the cell can run. */
    COMPLETE,
    /** More input could finish it: an open bracket, text block or comment, a trailing operator, an unfinished statement or declaration. */
    INCOMPLETE,
    /** No further input can fix it: a stray closing bracket, an unterminated string or char literal, a malformed {@code await}. */
    INVALID
}
