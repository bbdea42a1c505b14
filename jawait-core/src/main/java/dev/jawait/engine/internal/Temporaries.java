package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Lets go of JShell's {@code $N} temporaries once nothing can reach them. JShell keeps every
 * expression's value in a temporary variable for the rest of the session, and the wrapper class
 * of every later snippet imports every live variable: each expression evaluated makes all later
 * compilations slower and keeps its value for ever (stock JShell, 2,000 expressions: 46 ms per
 * snippet at the start, 163 ms at the end, 206 MB of heap). jawait shows values as
 * {@code Out[N]} and reaches the last one as {@code _}, never by its {@code $N} name; so at the
 * end of each stretch of code it drops the temporaries it made, except the one {@code _} now
 * names, and the one {@code _} named before once a new value is shown. A temporary that a
 * declaration refers to ({@code int f() { return _; }}) is kept for good.
 *
 * <p>Not thread-safe: the engine calls it from one cell at a time.
 */
final class Temporaries {
    private final JShell shell;
    private final VariableSlots slots;
    private final RetiredWrappers retired;
    private final List<VarSnippet> made = new ArrayList<>();
    private final Set<String> pinned = new HashSet<>();
    private VarSnippet shown;

    Temporaries(JShell shell, VariableSlots slots, RetiredWrappers retired) {
        this.shell = shell;
        this.slots = slots;
        this.retired = retired;
    }

    /** Notes the temporaries a snippet made, and keeps those its declarations refer to. */
    void evaluated(List<SnippetEvent> own) {
        for (SnippetEvent event : own) {
            if (isTemporary(event.snippet())) {
                made.add((VarSnippet) event.snippet());
            } else if (event.snippet() instanceof DeclarationSnippet declaration && event.status().isActive()) {
                pinReferencedBy(declaration.source());
            }
        }
    }

    /**
     * The stretch of code ended; {@code displayed} is the snippet whose value it showed, or null
     * when it showed none (then {@code _} keeps naming what it did).
     */
    void stretchEnded(Snippet displayed) {
        List<VarSnippet> unreachable = new ArrayList<>();
        for (VarSnippet temporary : made) {
            if (temporary != displayed) {
                unreachable.add(temporary);
            }
        }
        made.clear();
        if (displayed != null) {
            if (shown != null && shown != displayed) {
                unreachable.add(shown);
            }
            shown = isTemporary(displayed) ? (VarSnippet) displayed : null;
        }
        for (VarSnippet temporary : unreachable) {
            if (!pinned.contains(temporary.name()) && shell.status(temporary).isActive()) {
                slots.follow(shell.drop(temporary), List.of());
                retired.retire(temporary); // its key is its own: never compiled again
            }
        }
    }

    private void pinReferencedBy(String source) {
        List<VarSnippet> candidates = new ArrayList<>(made);
        if (shown != null) {
            candidates.add(shown);
        }
        for (VarSnippet temporary : candidates) {
            if (Pattern.compile("(?<![\\w$])" + Pattern.quote(temporary.name()) + "(?![\\w$])").matcher(source).find()) {
                pinned.add(temporary.name());
            }
        }
    }

    private static boolean isTemporary(Snippet snippet) {
        return snippet instanceof VarSnippet && snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }
}
