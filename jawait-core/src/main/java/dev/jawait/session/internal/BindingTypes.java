package dev.jawait.session.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.engine.internal.Engine;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Binding a host's value to a session variable: its declaration, and the source text of its type: a {@link Type} written as Java
 * ({@code java.util.List<java.lang.String>}), or for a value alone the most specific public,
 * exported class or interface it has (its type arguments as {@code ?}).
 *
 * <p>Stateless and thread-safe.
 */
public final class BindingTypes {
    private BindingTypes() {}

    /**
     * Declares {@code typeSource name} in {@code engine} holding {@code value}.
     *
     * @throws BadArgumentsException when the name is not a variable name or the value cannot be bound so
     */
    public static void declare(Engine engine, String name, Object value, String typeSource) {
        if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
            throw new BadArgumentsException("`" + name + "` is not a Java variable name.");
        }
        try {
            engine.bind(name, value, typeSource);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentsException("Cannot bind `" + name + "`: " + e.getMessage());
        }
    }

    /** {@code type} as Java source. */
    public static String source(Type type) {
        return switch (type) {
            case Class<?> c when c.isArray() -> source(c.getComponentType()) + "[]";
            case Class<?> c -> {
                if (c.getCanonicalName() == null) {
                    throw new BadArgumentsException(c.getName() + " has no name that source code can use; bind it as a"
                            + " public supertype.");
                }
                yield c.getCanonicalName();
            }
            case ParameterizedType p -> source(p.getRawType()) + Arrays.stream(p.getActualTypeArguments())
                    .map(BindingTypes::source).collect(Collectors.joining(", ", "<", ">"));
            case WildcardType w when w.getLowerBounds().length > 0 -> "? super " + source(w.getLowerBounds()[0]);
            case WildcardType w when w.getUpperBounds().length > 0 && w.getUpperBounds()[0] != Object.class ->
                    "? extends " + source(w.getUpperBounds()[0]);
            case WildcardType w -> "?";
            default -> throw new BadArgumentsException("cannot bind a variable of type " + type.getTypeName()
                    + " (a type variable); give a class or a parameterized type.");
        };
    }

    /** The most specific public, exported class or interface of {@code value}, as source. */
    public static String of(Object value) {
        if (value == null) {
            return "Object";
        }
        Deque<Class<?>> candidates = new ArrayDeque<>();
        candidates.add(value.getClass());
        while (!candidates.isEmpty()) {
            Class<?> type = candidates.poll();
            if (Modifier.isPublic(type.getModifiers()) && type.getCanonicalName() != null
                    && type.getModule().isExported(type.getPackageName())) {
                int parameters = type.getTypeParameters().length;
                return type.getCanonicalName() + (parameters == 0 ? "" : "<" + "?, ".repeat(parameters - 1) + "?>");
            }
            if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
                candidates.add(type.getSuperclass());
            }
            candidates.addAll(Arrays.asList(type.getInterfaces()));
        }
        return "Object";
    }
}
