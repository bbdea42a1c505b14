package dev.jawait;

/**
 * A variable the user declared in a session, as {@code %who}, {@code %whos} and {@code /vars} list it.
 *
 * @param name      the variable's name
 * @param type      its declared type as written by JShell ({@code int}, {@code CompletableFuture<String>})
 * @param valueText its current value as text (JShell style), or a note when it cannot be read
 */
public record SessionVariable(String name, String type, String valueText) {}
