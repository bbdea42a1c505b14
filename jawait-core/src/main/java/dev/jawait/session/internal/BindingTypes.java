package dev.jawait.session.internal;

import dev.jawait.JawaitException.BadArgumentsException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * The source text of a bound variable's type: a {@link Type} written as Java
 * ({@code java.util.List<java.lang.String>}), or for a value alone the most specific public,
 * exported class or interface it has (its type arguments as {@code ?}).
 *
 * <p>Stateless and thread-safe.
 */
public final class BindingTypes {
    private BindingTypes() {}

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
