package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * jbang's directives in a script: comment lines such as {@code //DEPS G:A:V [G:A:V …]} at the
 * start of a line, alone on it (before or among the code, as jbang accepts them). They are Java comments, so
 * the script runs unchanged; the session acts on them before running it.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScriptDirectives {
    private ScriptDirectives() {}

    /**
     * The argument text of every {@code //DEPS} line of {@code script}, in order, without a
     * trailing {@code //} comment (coordinates separated by blanks or commas, as {@code %maven}
     * takes them). Only line comments count: a {@code //DEPS} inside a string, text block or
     * block comment is not a directive.
     */
    public static List<String> dependencies(String script) {
        List<String> found = new ArrayList<>();
        for (Token token : JavaLexer.lex(script)) {
            if (token.kind() != TokenKind.LINE_COMMENT) {
                continue;
            }
            String text = token.text();
            int lineStart = script.lastIndexOf('\n', token.start() - 1) + 1;
            if (!script.substring(lineStart, token.start()).isBlank()) {
                continue; // a comment after code on its line
            }
            if (text.startsWith("//DEPS ") || text.startsWith("//DEPS\t")) {
                String rest = text.substring("//DEPS".length());
                int comment = rest.indexOf("//");
                String arguments = (comment >= 0 ? rest.substring(0, comment) : rest).strip();
                if (!arguments.isEmpty()) {
                    found.add(arguments);
                }
            }
        }
        return found;
    }

    /**
     * Whether {@code script} has a {@code //PREVIEW} line (jbang's directive: the script uses
     * Java's preview features), alone on its line and outside strings and block comments.
     */
    public static boolean preview(String script) {
        for (Token token : JavaLexer.lex(script)) {
            if (token.kind() == TokenKind.LINE_COMMENT && token.text().strip().equals("//PREVIEW")) {
                int lineStart = script.lastIndexOf('\n', token.start() - 1) + 1;
                if (script.substring(lineStart, token.start()).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }
}
