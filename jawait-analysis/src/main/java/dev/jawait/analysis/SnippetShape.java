package dev.jawait.analysis;

/** What kind of top-level source a snippet is, as far as the splitter needs to know. */
public enum SnippetShape {
    /** A class, interface, enum, record or annotation type declaration. */
    TYPE_DECLARATION,
    /** A method declaration. */
    METHOD_DECLARATION,
    /** An import declaration. */
    IMPORT,
    /** A control statement: if, for (and for await), while, do, try, switch, synchronized, a block or a labeled statement. */
    CONTROL,
    /** Anything else: an expression, a variable declaration, a simple statement such as return or throw. */
    OTHER
}
