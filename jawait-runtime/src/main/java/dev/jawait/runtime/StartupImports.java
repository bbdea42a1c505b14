package dev.jawait.runtime;

/**
 * Names the one JShell snippet that holds every import a session starts with. JShell keys an
 * import snippet by its first import, and a later snippet with the same key replaces it: the
 * start-up snippet begins with an import of this class, which nobody types, so that a user
 * importing {@code java.io.*} again adds a snippet instead of removing the start-up imports.
 *
 * <p>Has no members; never instantiated.
 */
public final class StartupImports {
    private StartupImports() {}
}
