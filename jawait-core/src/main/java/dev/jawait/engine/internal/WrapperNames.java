package dev.jawait.engine.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes JShell's wrapper classes out of text a user reads. JShell compiles every snippet inside a
 * generated class ({@code REPL.$JShell$12}, {@code REPL.$JShell$3B} after a redefinition), so the
 * JDK's own messages name them: {@code Cannot invoke "REPL.$JShell$2$Pt.x()" because
 * "REPL.$JShell$3.pt" is null}, {@code class REPL.$JShell$5$C cannot be cast to …},
 * {@code REPL.$JShell$5$C@5ab9e72c}. The user wrote {@code Pt}, {@code pt} and {@code C}: that is
 * what is shown. An anonymous class declared at top level ({@code $JShell$anonymous$$0}) is shown
 * as {@code <anonymous>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class WrapperNames {
    /** A wrapper and the separator after it: {@code REPL.$JShell$12$} (a member) or {@code REPL.$JShell$3B.} (a field). */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$\\d+[A-Z]*[.$]");
    private static final Pattern ANONYMOUS = Pattern.compile("\\$JShell\\$anonymous\\$\\$\\d+");

    private WrapperNames() {}

    /** {@code text} with every wrapper name replaced by what the user declared. */
    public static String clean(String text) {
        if (text == null || !text.contains("$JShell$")) {
            return text;
        }
        String members = WRAPPER.matcher(text).replaceAll("");
        return ANONYMOUS.matcher(members).replaceAll(Matcher.quoteReplacement("<anonymous>"));
    }
}
