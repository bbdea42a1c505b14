package dev.jawait.profile.internal;

import java.util.regex.Pattern;

/**
 * A sampled method's name as the user knows it. JShell compiles a session's declarations into
 * wrapper classes: {@code REPL.$JShell$12.hot} is the user's {@code hot},
 * {@code REPL.$JShell$14$Point.norm} is {@code Point.norm}, a cell's top-level code
 * ({@code do_it$}) is {@code <cell>} and its lambdas are {@code <lambda>}. Other methods keep
 * their full names ({@code java.util.HashMap.get}).
 *
 * <p>Stateless and thread-safe.
 */
final class FrameNames {
    private static final Pattern WRAPPER = Pattern.compile("^REPL\\.\\$JShell\\$\\d+[A-Z]*");

    private FrameNames() {}

    static String name(Frame frame) {
        String method = frame.method();
        if (!frame.snippet()) {
            return frame.className() + "." + method;
        }
        String owner = WRAPPER.matcher(frame.className()).replaceFirst("");
        owner = owner.replace('$', '.');
        if (owner.startsWith(".")) {
            owner = owner.substring(1);
        }
        if (owner.startsWith("$JShell.anonymous")) {
            owner = "<anonymous>";
        }
        if (method.equals("do_it$")) {
            return "<cell>";
        }
        if (method.startsWith("lambda$")) {
            method = "<lambda>";
        } else if (method.equals("<init>")) {
            return "new " + (owner.isEmpty() ? "?" : owner);
        }
        return owner.isEmpty() ? method : owner + "." + method;
    }
}
