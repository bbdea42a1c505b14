package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * JShell's notices about declarations, said once at the end of a cell, in the user's words:
 * <ul>
 *   <li>a declaration that cannot be used yet ({@code f is declared, but cannot be used until
 *       method g() is declared}), unless a later snippet of the same cell declared what it
 *       lacked: {@code void f1() { g1(); } void g1() { }} in one cell says nothing;</li>
 *   <li>a variable JShell had to recompile because a declaration it depends on changed, which
 *       leaves it at its type's default ({@code pt was reset to null: Pt changed}), or unusable
 *       ({@code pt cannot be used until its declaration compiles again: Pt changed}). JShell says
 *       "update modified variable pt, reset to null"; jawait says what changed.</li>
 * </ul>
 *
 * <p>Not thread-safe: used by the engine for one cell at a time.
 */
final class DeclarationNotices {
    private final JShell shell;
    private final Function<String, Optional<Object>> currentValue;
    private final List<DeclarationSnippet> declared = new ArrayList<>();
    /** Variables recompiled by a change, with the name of the declaration whose change did it. */
    private final Map<VarSnippet, String> updated = new LinkedHashMap<>();

    /** @param currentValue the value of a variable now, by name */
    DeclarationNotices(JShell shell, Function<String, Optional<Object>> currentValue) {
        this.shell = shell;
        this.currentValue = currentValue;
    }

    /** A cell begins: nothing to say yet. */
    void cellStarted() {
        declared.clear();
        updated.clear();
    }

    /** One snippet of the cell was evaluated, with these events (its own and the updates it caused). */
    void evaluated(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.causeSnippet() == null) {
                if (event.snippet() instanceof DeclarationSnippet declaration) {
                    declared.add(declaration);
                }
            } else if (event.snippet() instanceof VarSnippet variable) {
                updated.put(variable, nameOf(event.causeSnippet())); // recompiled: what it is now is told at the end
            }
        }
    }

    /** What to tell the user about the cell's declarations, now that it has ended. */
    List<String> cellEnded() {
        List<String> notices = new ArrayList<>();
        for (DeclarationSnippet declaration : declared) {
            Snippet.Status status = shell.status(declaration);
            if (status == Snippet.Status.RECOVERABLE_DEFINED || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
                notices.add(declaration.name() + " is declared, but cannot be used until "
                        + (missing.isEmpty() ? "its errors are fixed" : missing + " is declared"));
            }
        }
        updated.forEach((variable, cause) -> resetNotice(variable, cause).ifPresent(notices::add));
        cellStarted();
        return notices;
    }

    private Optional<String> resetNotice(VarSnippet variable, String cause) {
        Snippet.Status status = shell.status(variable);
        if (status == Snippet.Status.OVERWRITTEN || status == Snippet.Status.DROPPED) {
            return Optional.empty(); // the cell declared it again
        }
        if (!status.isDefined()) {
            String error = shell.diagnostics(variable).filter(jdk.jshell.Diag::isError).findFirst()
                    .map(d -> ": " + DiagnosticTranslator.message(d.getMessage(java.util.Locale.ROOT)).lines().findFirst().orElse(""))
                    .orElse("");
            return Optional.of(variable.name() + " cannot be used until `" + variable.source().strip()
                    + "` compiles again: " + cause + " changed" + error);
        }
        Object value = currentValue.apply(variable.name()).orElse(null);
        String reset = defaultText(variable.typeName());
        if (reset == null || !reset.equals(String.valueOf(value))) {
            return Optional.empty(); // its value survived the change
        }
        return Optional.of(variable.name() + " was reset to " + reset + ": " + cause + " changed");
    }

    /** The text of a type's default value, or null for a type whose default cannot be told from a value. */
    private static String defaultText(String type) {
        return switch (type) {
            case "int", "long", "short", "byte" -> "0";
            case "double", "float" -> "0.0";
            case "boolean" -> "false";
            case "char" -> null;
            default -> "null";
        };
    }

    /**
     * Why a snippet could not run: it used {@code declaration}, which cannot be used yet
     * ({@code h() cannot be called until method nope() is declared}).
     */
    String unusable(DeclarationSnippet declaration) {
        String missing = shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "));
        String what = declaration instanceof MethodSnippet ? declaration.name() + "() cannot be called"
                : declaration.name() + " cannot be used";
        return "Cannot run: " + what + " until " + (missing.isEmpty() ? "its errors are fixed" : missing + " is declared") + ".";
    }

    private static String nameOf(Snippet cause) {
        return cause instanceof DeclarationSnippet declaration ? declaration.name() : cause.source().strip();
    }
}
