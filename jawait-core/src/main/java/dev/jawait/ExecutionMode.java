package dev.jawait;

/** How a cell is run (the "interactive" and "module" compilation modes of the async-exec proposal). */
public enum ExecutionMode {
    /** One cell typed at a prompt or sent by a notebook: a final expression's value is displayed. */
    INTERACTIVE,
    /** A whole script ({@code jawait run FILE.jsh}): nothing is displayed, top-level await allowed. */
    MODULE
}
