package dev.jawait.engine.internal;

import dev.jawait.ThreadActivity;
import dev.jawait.runtime.Awaiting;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Describes what a thread running snippet code is doing, in the user's terms: the method outside
 * the user's code it is in (as the user's code called it: a woven {@code join()} or {@code lock()}
 * is named so, not by jawait's stand-in), what it awaits, and the cell line it is at.
 *
 * <p>A live frame of snippet code names JShell's wrapper class and a line of the wrapper's source;
 * the snippet and its line are found through JShell's {@link SourceCodeAnalysis#wrapper}, then
 * the cell line through the snippets' origins. Called from another thread while the cell's thread
 * runs snippet code, so JShell is not changing its snippets; if it does all the same (the cell
 * has just moved on), the line is left out.
 *
 * <p>Stateless apart from what it reads; thread-safe as far as reading JShell's snippets is.
 */
final class ThreadActivities {
    /** Hooks that stand in for a call the user wrote, by the name of that call. */
    private static final Set<String> STAND_INS = Set.of("join", "lock");

    private static final String WRAPPER_PREFIX = "REPL.$JShell$";

    private final SnippetOrigins origins;
    private final JShell shell;

    ThreadActivities(SnippetOrigins origins, JShell shell) {
        this.origins = origins;
        this.shell = shell;
    }

    ThreadActivity of(CellRun run, Thread thread) {
        return of(run, thread, Awaiting.of(thread));
    }

    /** What {@code thread} does, {@code awaited} being what it awaits (or null). */
    ThreadActivity of(CellRun run, Thread thread, Object awaited) {
        Thread.State state = thread.getState();
        StackTraceElement[] stack = thread.getStackTrace();
        int user = innermostSnippetFrame(stack);
        Optional<String> where = Optional.empty();
        Optional<String> call = Optional.empty();
        if (user >= 0) {
            where = cellLine(run, stack[user]);
            call = user > 0 ? callFrom(stack, user) : Optional.empty();
        }
        Optional<String> awaiting = Optional.ofNullable(awaited).map(ThreadActivities::kind);
        return new ThreadActivity(thread.getName(), state, awaiting.isPresent() ? Optional.empty() : call, awaiting, where);
    }

    /** "In[3], line 2" for a frame of snippet code that is not running now (a profiler's sample). */
    Optional<String> whereInCell(StackTraceElement frame) {
        return frame.getClassName().startsWith(WRAPPER_PREFIX) ? cellLine(null, frame) : Optional.empty();
    }

    private static int innermostSnippetFrame(StackTraceElement[] stack) {
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().startsWith(WRAPPER_PREFIX)) {
                return i;
            }
        }
        return -1;
    }

    /** "In[3], line 2" for a live frame of snippet code, when it can be told. */
    private Optional<String> cellLine(CellRun run, StackTraceElement frame) {
        StackTraceElement mapped = toSnippetFrame(frame);
        if (mapped == frame) {
            return Optional.empty();
        }
        String recorded = origins.describe(mapped.getFileName().substring(1), mapped.getLineNumber());
        SnippetOrigins.Origin running = run == null ? null : run.runningSnippet();
        if (recorded == null && running != null) { // the snippet being evaluated: not recorded yet
            recorded = running.cell() + ", line " + (running.firstLine() + mapped.getLineNumber() - 1);
        }
        return Optional.ofNullable(recorded);
    }

    /**
     * A live frame of snippet code as JShell maps the frames of a snippet's exception: file
     * {@code #ID} (the snippet's id) and the line in the snippet; any other frame (or one whose
     * snippet cannot be told) as it is.
     */
    StackTraceElement toSnippetFrame(StackTraceElement frame) {
        if (!frame.getClassName().startsWith(WRAPPER_PREFIX)) {
            return frame;
        }
        String wrapperClass = wrapperClass(frame.getClassName());
        try {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            List<Snippet> snippets = shell.snippets().toList();
            for (Snippet snippet : snippets.reversed()) {
                SourceCodeAnalysis.SnippetWrapper wrapper = analysis.wrapper(snippet);
                if (wrapper.fullClassName().equals(wrapperClass)) {
                    int wrapped = endOfLine(wrapper.wrapped(), frame.getLineNumber());
                    String source = snippet.source();
                    int position = Math.clamp(wrapper.wrappedToSourcePosition(wrapped), 0, source.length());
                    int line = 1 + (int) source.substring(0, position).chars().filter(c -> c == '\n').count();
                    return new StackTraceElement(frame.getClassName(), frame.getMethodName(), "#" + snippet.id(), line);
                }
            }
        } catch (RuntimeException e) {
            // the cell moved on and JShell changed its snippets meanwhile: no line
        }
        return frame;
    }

    /** {@code REPL.$JShell$12} for {@code REPL.$JShell$12$Inner} and itself. */
    private static String wrapperClass(String className) {
        int end = WRAPPER_PREFIX.length();
        while (end < className.length() && Character.isDigit(className.charAt(end))) {
            end++;
        }
        return className.substring(0, end);
    }

    /** The index of the end of 1-based line {@code line} of {@code text}. */
    private static int endOfLine(String text, int line) {
        int start = 0;
        for (int i = 1; i < line && start >= 0; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return text.length();
            }
        }
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }

    /** The call the user's frame at {@code user} made, named as the user wrote it. */
    private static Optional<String> callFrom(StackTraceElement[] stack, int user) {
        StackTraceElement callee = stack[user - 1];
        if (callee.getClassName().equals(Hooks.class.getName())) {
            if (STAND_INS.contains(callee.getMethodName())) {
                for (int i = user - 2; i >= 0; i--) { // the JDK method the hook waits in names the class
                    if (!stack[i].getClassName().startsWith(Hooks.class.getName())) { // nor its lambdas
                        return Optional.of(stack[i].getClassName() + "." + callee.getMethodName());
                    }
                }
            }
            return Optional.empty(); // a stop check: the user's own code runs
        }
        if (callee.getClassName().startsWith("dev.jawait.")) {
            return Optional.empty(); // jawait's helpers (await): what they wait for is said otherwise
        }
        return Optional.of(callee.getClassName() + "." + callee.getMethodName());
    }

    private static String kind(Object awaited) {
        String described = Awaiting.describe(awaited);
        if (described != null) {
            return described;
        }
        Class<?> type = awaited.getClass();
        while (type.isAnonymousClass() || type.isSynthetic() || type.isHidden()) {
            Class<?>[] interfaces = type.getInterfaces();
            type = interfaces.length > 0 ? interfaces[0] : type.getSuperclass();
        }
        return type.getSimpleName();
    }
}
