package dev.jawait.engine.internal;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import dev.jawait.CompileError;
import dev.jawait.analysis.SnippetShape;
import dev.jawait.analysis.SnippetSource;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Finds syntax errors in a cell's snippets before any of them runs, by parsing each snippet with
 * javac's parser (no attribution, so a snippet may use what an earlier snippet of the same cell
 * declares). Each snippet is wrapped as what it can be at JShell's top level — a class member, a
 * statement, or an expression — and is erroneous only if no wrapping parses.
 *
 * <p>Thread-safe: one check at a time (cells, and completeness checks from a front end's thread).
 */
final class SyntaxChecker implements AutoCloseable {
    private static final String MEMBER_PREFIX = "class $JawaitSyntax {\n";
    private static final String MEMBER_SUFFIX = "\n}\n";
    private static final String STATEMENT_PREFIX = "class $JawaitSyntax { void $jawait() throws Throwable {\n";
    private static final String STATEMENT_SUFFIX = "\n} }\n";
    private static final String EXPRESSION_PREFIX = "class $JawaitSyntax { Object $jawait = (\n";
    private static final String EXPRESSION_SUFFIX = "\n); }\n";

    private record Wrapping(String prefix, String suffix) {
        String wrap(String code) {
            return prefix + code + suffix;
        }
    }

    private static final Wrapping MEMBER = new Wrapping(MEMBER_PREFIX, MEMBER_SUFFIX);
    private static final Wrapping STATEMENT = new Wrapping(STATEMENT_PREFIX, STATEMENT_SUFFIX);
    private static final Wrapping EXPRESSION = new Wrapping(EXPRESSION_PREFIX, EXPRESSION_SUFFIX);
    private static final Wrapping IMPORT = new Wrapping("", "\nclass $JawaitSyntax {}\n");

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    /** Made at the first multi-snippet cell: creating it costs ≈ 30 ms of a cold start. */
    private StandardJavaFileManager fileManager;

    /**
     * What parsing a cell's snippets found: the first syntax error (in the cell's terms), or none
     * and the {@link SnippetForm} of each snippet.
     */
    record Checked(List<CompileError> errors, List<SnippetForm> forms) {}

    /** The first syntax error among the snippets, in the cell's terms, or an empty list. */
    List<CompileError> check(List<SnippetSource> snippets, String cellSource) {
        return parse(snippets, cellSource).errors();
    }

    /** The first syntax error among the snippets, in the cell's terms, and each snippet's form. */
    synchronized Checked parse(List<SnippetSource> snippets, String cellSource) {
        List<Wrapping> likely = snippets.stream().map(snippet -> wrappings(snippet).getFirst()).toList();
        Parsed parsed = parse(snippets, likely);
        List<SnippetForm> forms = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Diagnostic<? extends JavaFileObject> error = parsed.errors().get(i);
            if (error == null) {
                CompilationUnitTree unit = i < parsed.units().size() ? parsed.units().get(i) : null;
                forms.add(unit == null ? SnippetForm.NONE : SnippetForm.of(unit, likely.get(i) == STATEMENT));
                continue;
            }
            forms.add(SnippetForm.NONE);
            if (parsesOtherwise(snippets.get(i))) {
                continue;
            }
            SnippetSource snippet = snippets.get(i);
            int codeOffset = (int) Math.max(0, Math.min(snippet.code().length(),
                    error.getPosition() - likely.get(i).prefix().length()));
            int cellOffset = snippet.toCellOffset(codeOffset);
            return new Checked(List.of(DiagnosticTranslator.at(cellSource, cellOffset, cellOffset + 1,
                    DiagnosticTranslator.message(error.getMessage(Locale.ROOT)))), List.of());
        }
        return new Checked(List.of(), forms);
    }

    /** Whether a snippet whose likeliest wrapping failed parses as something else it may be. */
    private boolean parsesOtherwise(SnippetSource snippet) {
        List<Wrapping> all = wrappings(snippet);
        for (Wrapping other : all.subList(1, all.size())) {
            if (parse(List.of(snippet), List.of(other)).errors().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<Wrapping> wrappings(SnippetSource snippet) {
        String code = snippet.code().strip();
        return switch (snippet.shape()) {
            case IMPORT -> List.of(IMPORT);
            case TYPE_DECLARATION, METHOD_DECLARATION -> List.of(MEMBER, STATEMENT);
            case CONTROL -> List.of(STATEMENT);
            case OTHER -> code.endsWith(";") || code.endsWith("}")
                    ? List.of(STATEMENT, MEMBER, EXPRESSION)
                    : List.of(EXPRESSION, STATEMENT, MEMBER);
        };
    }

    /** What one javac parse of snippets found: the first error and the tree of each, by index (a tree may be null). */
    private record Parsed(Map<Integer, Diagnostic<? extends JavaFileObject>> errors, List<CompilationUnitTree> units) {}

    /** Parses every snippet in its wrapping in one javac task. */
    private Parsed parse(List<SnippetSource> snippets, List<Wrapping> wrappings) {
        List<JavaFileObject> files = new ArrayList<>();
        Map<JavaFileObject, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < snippets.size(); i++) {
            String source = wrappings.get(i).wrap(snippets.get(i).code());
            JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///JawaitSyntax" + i + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            files.add(file);
            indexOf.put(file, i);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        if (fileManager == null) {
            fileManager = compiler.getStandardFileManager(null, Locale.ROOT, null);
        }
        JavacTask task = (JavacTask) compiler.getTask(null, fileManager, diagnostics,
                List.of("-proc:none", "-XDshould-stop.at=PARSE"), null, files);
        CompilationUnitTree[] units = new CompilationUnitTree[snippets.size()];
        Map<URI, Integer> indexByUri = new HashMap<>();
        indexOf.forEach((file, index) -> indexByUri.put(file.toUri(), index));
        try {
            for (CompilationUnitTree unit : task.parse()) {
                Integer index = indexByUri.get(unit.getSourceFile().toUri()); // javac wraps the file objects
                if (index != null) {
                    units[index] = unit;
                }
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return new Parsed(Map.of(), List.of()); // the parser itself failed: let JShell report whatever is wrong
        }
        Map<Integer, Diagnostic<? extends JavaFileObject>> firstErrors = new HashMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            Integer index = indexOf.get(diagnostic.getSource());
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && index != null) {
                firstErrors.putIfAbsent(index, diagnostic);
            }
        }
        return new Parsed(firstErrors, java.util.Arrays.asList(units));
    }

    @Override
    public synchronized void close() {
        try {
            if (fileManager != null) {
                fileManager.close();
            }
        } catch (IOException e) {
            // nothing held that matters
        }
    }
}
