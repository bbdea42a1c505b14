package dev.jawait.engine.internal;

import java.util.List;
import java.util.function.Function;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The session's active declarations as JShell's {@code /vars}, {@code /methods}, {@code /types}
 * and {@code /imports} list them, without the snippets jawait makes itself.
 *
 * <p>Not thread-safe: reads the session's JShell; callers serialise with cells.
 */
final class Listings {
    private Listings() {}

    /** User variables, in declaration order: JShell's {@code $N} temporaries and jawait's own names excluded. */
    static List<VarSnippet> variables(JShell shell) {
        return shell.variables().filter(v -> shell.status(v).isActive())
                .filter(v -> !v.name().startsWith("$")).toList();
    }

    /** A variable's value as {@code /vars} shows it, or why it cannot be read. */
    static String valueText(java.util.function.Supplier<Object> value, ValueText.Limits limits) {
        try {
            return ValueText.of(value.get(), limits);
        } catch (RuntimeException e) {
            return "<not readable: " + e.getMessage() + ">";
        }
    }

    static List<String> methods(JShell shell) {
        return describe(shell, shell.methods(), Listings::methodText);
    }

    static List<String> types(JShell shell) {
        return describe(shell, shell.types(), t -> kind(t) + " " + t.name());
    }

    static List<String> imports(JShell shell) {
        return shell.imports().filter(i -> shell.status(i).isActive())
                .map(i -> "import " + (i.isStatic() ? "static " : "") + i.fullname()).toList();
    }

    private static <S extends Snippet> List<String> describe(JShell shell, java.util.stream.Stream<S> snippets,
                                                            Function<S, String> text) {
        return snippets.filter(s -> shell.status(s).isActive()).map(text).toList();
    }

    static String kind(TypeDeclSnippet type) {
        return switch (type.subKind()) {
            case INTERFACE_SUBKIND -> "interface";
            case ENUM_SUBKIND -> "enum";
            case ANNOTATION_TYPE_SUBKIND -> "@interface";
            case RECORD_SUBKIND -> "record";
            default -> "class";
        };
    }

    /** {@code int twice(int)} from JShell's signature {@code (int)int}. */
    static String methodText(MethodSnippet method) {
        String signature = method.signature();
        int close = signature.lastIndexOf(')');
        return signature.substring(close + 1) + " " + method.name() + signature.substring(0, close + 1);
    }
}
