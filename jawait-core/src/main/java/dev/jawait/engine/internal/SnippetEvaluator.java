package dev.jawait.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.VarSnippet;

/**
 * Evaluates one snippet in JShell so that a snippet javac or the class loader rejects leaves the
 * session as it was, and says why.
 * <ul>
 *   <li>javac can refuse a snippet after it checked it, while generating its class ("constant
 *       string too long", "code too large"): JShell then keeps the snippet as declared but
 *       unusable, in place of what it replaced, and (for constants) javac's reused context is
 *       left broken for every later snippet. Here such a snippet is dropped, javac starts over
 *       from fresh contexts ({@link ResettableFileManager}), and the declarations it replaced are
 *       put back (a variable with its value).</li>
 *   <li>The class loader can refuse a snippet's class (jawait's instrumentation may not fit a
 *       method into the class file's limits): JShell keeps the snippet as valid, and an
 *       expression's value is never computed. Here it is dropped and reported likewise.</li>
 *   <li>javac's recursive passes overflow the stack on very deeply nested code (a 1 MB
 *       {@code 1+1+…}); JShell throws an {@code InternalError}. Here that is an outcome, and
 *       nothing of the snippet remains.</li>
 * </ul>
 *
 * <p>Not thread-safe: the engine evaluates one snippet at a time.
 */
final class SnippetEvaluator {
    /** What became of a snippet. */
    sealed interface Outcome {
        /** JShell took it (with JShell's own errors, if any, in its events). */
        record Evaluated(List<SnippetEvent> events, List<SnippetEvent> own) implements Outcome {}

        /**
         * javac ({@code diagnostics}) or the class loader ({@code loadFailure}) rejected it; it is
         * gone, and what it replaced is back, except as {@code notices} say.
         */
        record Rejected(List<Diag> diagnostics, Throwable loadFailure, List<String> notices) implements Outcome {}

        /** javac's stack overflowed on it: code nested too deeply. Nothing of it remains. */
        record TooDeep() implements Outcome {}
    }

    private static final String JAVAC_LIMIT = "compiler.err.limit.";
    private static final String FLUSH = "int $jwCompilerFlush;";

    private final JShell shell;
    private final JawaitExecutionControl control;
    private final ResettableFileManager fileManager;
    private final VariableSlots slots;
    private final Bindings bindings;
    private final RetiredWrappers retired;

    SnippetEvaluator(JShell shell, JawaitExecutionControl control, ResettableFileManager fileManager,
                     VariableSlots slots, Bindings bindings, RetiredWrappers retired) {
        this.shell = shell;
        this.control = control;
        this.fileManager = fileManager;
        this.slots = slots;
        this.bindings = bindings;
        this.retired = retired;
    }

    Outcome eval(String code) {
        List<SnippetEvent> events;
        boolean wasMuted = OutputRouter.muteThisThread(true); // javac prints its crash reports itself
        try {
            events = shell.eval(code);
        } catch (StackOverflowError | InternalError e) {
            if (!overflowed(e)) {
                throw e;
            }
            control.takeInstallFailure();
            return new Outcome.TooDeep();
        } finally {
            OutputRouter.muteThisThread(wasMuted);
        }
        List<SnippetEvent> own = events.stream().filter(e -> e.causeSnippet() == null).toList();
        Throwable loadFailure = control.takeInstallFailure();
        List<Diag> refusal = refusedByJavac(own);
        if (refusal.isEmpty() && loadFailure == null) {
            slots.follow(events, List.of());
            retireFinished(events);
            return new Outcome.Evaluated(events, own);
        }
        return reject(events, own, refusal, loadFailure);
    }

    /** Snippets JShell will never compile again: replaced ones, and statements and expressions that ran. */
    private void retireFinished(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            boolean ran = event.causeSnippet() == null && event.status() == Snippet.Status.VALID
                    && !event.snippet().kind().isPersistent();
            if (ran || event.status() == Snippet.Status.OVERWRITTEN) {
                retired.retire(event.snippet());
            }
        }
    }

    /**
     * The errors of snippets that javac checked and then refused to generate: declared but not
     * usable, with errors, though nothing they use is missing.
     */
    private List<Diag> refusedByJavac(List<SnippetEvent> own) {
        List<Diag> errors = new ArrayList<>();
        for (SnippetEvent event : own) {
            Snippet.Status status = event.status();
            if ((status == Snippet.Status.RECOVERABLE_NOT_DEFINED || status == Snippet.Status.RECOVERABLE_DEFINED)
                    && event.snippet() instanceof DeclarationSnippet declaration
                    && shell.unresolvedDependencies(declaration).findAny().isEmpty()) {
                shell.diagnostics(declaration).filter(Diag::isError).forEach(errors::add);
            }
        }
        return errors;
    }

    private Outcome reject(List<SnippetEvent> events, List<SnippetEvent> own, List<Diag> refusal,
                           Throwable loadFailure) {
        Map<Snippet, Optional<Object>> replaced = replacedBy(events, own);
        if (refusal.stream().anyMatch(d -> d.getCode().startsWith(JAVAC_LIMIT))) {
            resetCompiler();
        }
        for (SnippetEvent event : own) {
            if (event.status().isActive()) {
                slots.follow(shell.drop(event.snippet()), List.of());
            }
        }
        List<String> notices = new ArrayList<>();
        replaced.forEach((snippet, value) -> restore(snippet, value).ifPresent(notices::add));
        slots.follow(events, List.of());
        return new Outcome.Rejected(refusal, loadFailure, notices);
    }

    /** The declarations the rejected snippets replaced, with a variable's value read before it is released. */
    private Map<Snippet, Optional<Object>> replacedBy(List<SnippetEvent> events, List<SnippetEvent> own) {
        List<Snippet> rejected = own.stream().map(SnippetEvent::snippet).toList();
        Map<Snippet, Optional<Object>> replaced = new java.util.LinkedHashMap<>();
        for (SnippetEvent event : events) {
            if (event.status() == Snippet.Status.OVERWRITTEN && rejected.contains(event.causeSnippet())) {
                replaced.put(event.snippet(), event.snippet() instanceof VarSnippet variable
                        ? slots.read(variable) : Optional.empty());
            }
        }
        return replaced;
    }

    /** Declares {@code snippet} again; a notice when that is not possible. */
    private Optional<String> restore(Snippet snippet, Optional<Object> value) {
        try {
            if (snippet instanceof VarSnippet variable) {
                bindings.bind(variable.name(), value.orElse(null), variable.typeName());
                return Optional.empty();
            }
            List<SnippetEvent> events = shell.eval(snippet.source());
            slots.follow(events, List.of());
            boolean back = events.stream().anyMatch(e -> e.causeSnippet() == null && e.status() == Snippet.Status.VALID);
            return back ? Optional.empty() : Optional.of(lost(snippet));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.of(lost(snippet));
        }
    }

    private static String lost(Snippet snippet) {
        String name = snippet instanceof DeclarationSnippet declaration ? declaration.name() : snippet.source();
        return "The earlier declaration of " + name + " could not be put back; declare it again.";
    }

    /**
     * Makes javac drop the contexts it reuses: one that failed to generate a class may keep that
     * class's constants and fail every later compilation. A throwaway declaration is compiled in
     * it so that javac, done with it, finds it polluted and drops it.
     */
    private void resetCompiler() {
        fileManager.discardCompilerState();
        try {
            for (SnippetEvent event : shell.eval(FLUSH)) {
                if (event.causeSnippet() == null && event.status().isActive()) {
                    slots.follow(shell.drop(event.snippet()), List.of());
                }
            }
        } finally {
            fileManager.keepCompilerState();
        }
    }

    private static boolean overflowed(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                return true;
            }
        }
        return false;
    }
}
