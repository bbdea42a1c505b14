package dev.jawait.engine.internal;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.EmptyStatementTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.List;
import java.util.Set;

/**
 * What a snippet of a cell is, as far as joining it with its neighbours goes (see
 * {@link StatementRuns}): read from javac's parse tree of the snippet, so that a declaration is
 * never mistaken for a statement (joined into a block, it would become a local variable).
 */
enum SnippetForm {
    /** A declaration or import, or anything not known for sure: never joined. */
    NONE,
    /** A statement that is no expression: {@code for}, {@code if}, {@code try}, a block, … */
    STATEMENT,
    /** A method call, which may have a value. */
    CALL,
    /** A call of a method that prints or iterates ({@code println}, {@code forEach}): almost surely void. */
    VOID_CALL,
    /** An instance creation, {@code new T(…)}. */
    NEW,
    /**
     * An anonymous class's instance, {@code new T() { … }}: JShell gives a value of it the
     * anonymous type only when it stands alone, so it is never the value of a joined snippet.
     */
    NEW_ANONYMOUS,
    /** A simple assignment, {@code x = 1}: JShell shows no value for it. */
    ASSIGNMENT,
    /** A compound assignment, {@code x += 1}: JShell shows its value. */
    COMPOUND_ASSIGNMENT,
    /** {@code i++}, {@code --i}. */
    INCREMENT,
    /** A bare name, {@code x}: JShell shows it as the variable itself. */
    NAME,
    /** Any other expression: a value, never a statement of its own. */
    VALUE;

    private static final Set<String> VOID_METHODS = Set.of("println", "print", "printf", "forEach", "forEachOrdered");

    /** Whether it may stand as a statement in a block. */
    boolean statement() {
        return switch (this) {
            case STATEMENT, CALL, VOID_CALL, NEW, NEW_ANONYMOUS, ASSIGNMENT, COMPOUND_ASSIGNMENT, INCREMENT -> true;
            case NONE, NAME, VALUE -> false;
        };
    }

    /**
     * The form of a snippet parsed as a statement ({@code asStatement}, in a method's body) or as
     * an expression (the initializer of a field, in parentheses), from its compilation unit.
     */
    static SnippetForm of(CompilationUnitTree unit, boolean asStatement) {
        if (unit.getTypeDecls().size() != 1 || !(unit.getTypeDecls().getFirst() instanceof ClassTree type)
                || type.getMembers().size() != 1) {
            return NONE;
        }
        Tree member = type.getMembers().getFirst();
        if (!asStatement) {
            return member instanceof VariableTree field && field.getInitializer() instanceof ParenthesizedTree value
                    ? ofExpression(value.getExpression()) : NONE;
        }
        if (!(member instanceof MethodTree method) || method.getBody() == null) {
            return NONE;
        }
        List<? extends StatementTree> statements = method.getBody().getStatements();
        if (statements.size() != 1) {
            return NONE;
        }
        return switch (statements.getFirst()) {
            case VariableTree variable -> NONE;
            case ClassTree localType -> NONE;
            case EmptyStatementTree empty -> NONE;
            case ExpressionStatementTree expression -> ofExpression(expression.getExpression());
            default -> STATEMENT;
        };
    }

    private static SnippetForm ofExpression(ExpressionTree expression) {
        if (expression instanceof CompoundAssignmentTree) {
            return COMPOUND_ASSIGNMENT;
        }
        return switch (expression.getKind()) {
            case METHOD_INVOCATION -> VOID_METHODS.contains(methodName((MethodInvocationTree) expression)) ? VOID_CALL : CALL;
            case NEW_CLASS -> ((NewClassTree) expression).getClassBody() == null ? NEW : NEW_ANONYMOUS;
            case ASSIGNMENT -> ASSIGNMENT;
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> INCREMENT;
            case IDENTIFIER -> NAME;
            default -> VALUE;
        };
    }

    private static String methodName(MethodInvocationTree call) {
        return switch (call.getMethodSelect()) {
            case IdentifierTree name -> name.getName().toString();
            case MemberSelectTree select -> select.getIdentifier().toString();
            default -> "";
        };
    }
}
