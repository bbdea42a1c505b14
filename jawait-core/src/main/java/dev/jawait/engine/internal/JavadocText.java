package dev.jawait.engine.internal;

import com.sun.source.doctree.DeprecatedTree;
import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.doctree.ReturnTree;
import com.sun.source.doctree.SeeTree;
import com.sun.source.doctree.SinceTree;
import com.sun.source.doctree.ThrowsTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Javadoc as text a person reads at a prompt: {@code {@code x}} is {@code x}, links are their
 * label or target ({@code Object.toString()}), HTML paragraphs, lists and {@code <pre>} blocks
 * are laid out, entities decoded, prose wrapped at 80 columns, and the block tags become
 * sections ({@code Parameters:}, {@code Returns:}, {@code Throws:}, {@code See also:},
 * {@code Since:}, {@code Deprecated:}), as JShell's documentation display does. The comment is
 * parsed by javac's own doc-comment parser (the public {@link DocTrees} API), so nested braces
 * and malformed HTML are javac's problem, not a regular expression's; jawait only lays it out
 * ({@link JavadocLayout}). JShell's own formatter is internal to {@code jdk.jshell} and not
 * exported.
 *
 * <p>Thread-safe: parsing is serialised on one javac task, created on first use.
 */
final class JavadocText {
    private static JavacTask task; // guarded by JavadocText.class
    private static DocTrees trees;

    private JavadocText() {}

    /** {@code javadoc} (a comment's text, without the {@code /**} and stars) as text. */
    static String render(String javadoc) {
        DocCommentTree tree;
        try {
            tree = parse(javadoc);
        } catch (RuntimeException e) {
            return javadoc.strip(); // javac could not read it: the raw text is better than nothing
        }
        if (tree == null) {
            return javadoc.strip();
        }
        JavadocLayout body = new JavadocLayout();
        body.inline(tree.getFullBody());
        StringBuilder out = new StringBuilder(body.text());
        sections(tree.getBlockTags()).forEach((title, entries) -> {
            out.append(out.isEmpty() ? "" : "\n\n").append(title).append(':');
            for (String entry : entries) {
                out.append('\n').append(JavadocLayout.wrapped(entry, "  ", "    "));
            }
        });
        return out.toString();
    }

    private static Map<String, List<String>> sections(List<? extends DocTree> tags) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        for (DocTree tag : tags) {
            switch (tag) {
                case ParamTree param -> add(sections, param.isTypeParameter() ? "Type parameters" : "Parameters",
                        (param.isTypeParameter() ? "<" + param.getName() + ">" : param.getName().toString())
                                + " - " + JavadocLayout.flatten(param.getDescription()));
                case ReturnTree returns -> add(sections, "Returns", JavadocLayout.flatten(returns.getDescription()));
                case ThrowsTree thrown -> add(sections, "Throws",
                        thrown.getExceptionName().getSignature() + " - " + JavadocLayout.flatten(thrown.getDescription()));
                case SeeTree see -> add(sections, "See also", JavadocLayout.flatten(see.getReference()));
                case SinceTree since -> add(sections, "Since", JavadocLayout.flatten(since.getBody()));
                case DeprecatedTree deprecated -> add(sections, "Deprecated", JavadocLayout.flatten(deprecated.getBody()));
                default -> { } // @author, @serial, @apiNote …: not what one asks a prompt for
            }
        }
        return sections;
    }

    private static void add(Map<String, List<String>> sections, String title, String entry) {
        sections.computeIfAbsent(title, t -> new ArrayList<>()).add(entry);
    }

    private static synchronized DocCommentTree parse(String javadoc) {
        if (trees == null) {
            task = (JavacTask) ToolProvider.getSystemJavaCompiler()
                    .getTask(null, null, null, List.of("-proc:none"), null, List.of());
            trees = DocTrees.instance(task);
        }
        FileObject page = new SimpleJavaFileObject(URI.create("string:///javadoc.html"), JavaFileObject.Kind.HTML) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return "<html><body>" + javadoc + "</body></html>";
            }
        };
        return trees.getDocCommentTree(page);
    }
}
