package dev.jawait.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How {@link CellInput} classifies input: commands and help requests by their one line, cell
 * magics by their first line, line magics by {@link JavaLexer}'s magic-line tokens (so a
 * {@code %} line inside a text block or comment is code).
 *
 * <p>Stateless and thread-safe.
 */
final class InputParser {
    private InputParser() {}

    static CellInput parse(String input) {
        String stripped = input.strip();
        if (stripped.isEmpty()) {
            return new CellInput.Blank();
        }
        if (isOneLine(stripped)) {
            Optional<CellInput> line = command(stripped).or(() -> help(stripped));
            if (line.isPresent()) {
                return line.get();
            }
        }
        if (stripped.startsWith("%%")) {
            return cellMagic(input.stripLeading());
        }
        return code(input);
    }

    static Completeness completeness(String input) {
        CellInput parsed = parse(input);
        return switch (parsed) {
            case CellInput.Blank blank -> Completeness.EMPTY;
            case CellInput.Command command -> Completeness.COMPLETE;
            case CellInput.HelpRequest help -> Completeness.COMPLETE;
            case CellInput.CellMagic magic -> {
                // the body runs to a blank line; the input is the cell without the newline being entered
                String[] lines = input.stripLeading().split("\n", -1);
                yield lines.length >= 2 && lines[lines.length - 1].isBlank() ? Completeness.COMPLETE : Completeness.INCOMPLETE;
            }
            case CellInput.Code code -> codeCompleteness(code);
        };
    }

    private static Completeness codeCompleteness(CellInput.Code code) {
        StringBuilder java = new StringBuilder();
        for (CellInput.Segment segment : code.segments()) {
            if (segment instanceof CellInput.JavaText text) {
                java.setLength(0); // each stretch is padded from the cell's first line
                java.append(text.text());
            }
        }
        if (java.toString().isBlank()) {
            return Completeness.COMPLETE; // magic lines only
        }
        // the last stretch decides: the earlier ones are closed by the magic line after them
        return CellAnalyzer.analyze(java.toString()).completeness();
    }

    private static boolean isOneLine(String text) {
        return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
    }

    /** {@code /name args} (a final {@code ;} ignored) or a bare {@code exit}. */
    private static Optional<CellInput> command(String line) {
        String text = line.endsWith(";") ? line.substring(0, line.length() - 1).strip() : line;
        if (text.equals("exit")) {
            return Optional.of(new CellInput.Command("exit", ""));
        }
        if (text.length() < 2 || text.charAt(0) != '/') {
            return Optional.empty();
        }
        char first = text.charAt(1);
        if (!(Character.isLetterOrDigit(first) || first == '?' || first == '!' || first == '-')) {
            return Optional.empty(); // `//` and `/*` start comments
        }
        int space = indexOfWhitespace(text);
        String name = space < 0 ? text.substring(1) : text.substring(1, space);
        String arguments = space < 0 ? "" : text.substring(space).strip();
        return Optional.of(new CellInput.Command(name, arguments));
    }

    /**
     * {@code TARGET?} or {@code TARGET??}: a magic ({@code %time}, {@code %%time}) or a name chain
     * ({@code String.valueOf}, {@code f.thenApply}, {@code list.stream().map}, {@code Foo::bar}).
     */
    private static Optional<CellInput> help(String line) {
        if (!line.endsWith("?") || line.endsWith("???")) {
            return Optional.empty();
        }
        boolean detailed = line.endsWith("??");
        String target = line.substring(0, line.length() - (detailed ? 2 : 1)).strip();
        if (target.startsWith("%")) {
            String name = target.substring(target.startsWith("%%") ? 2 : 1);
            return !name.isEmpty() && name.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
                    ? Optional.of(new CellInput.HelpRequest(target, detailed)) : Optional.empty();
        }
        return isNameChain(target) ? Optional.of(new CellInput.HelpRequest(target, detailed)) : Optional.empty();
    }

    /** Identifiers joined by {@code .} or {@code ::}, each optionally followed by bracketed arguments. */
    private static boolean isNameChain(String text) {
        Tokens tokens = new Tokens(text);
        if (tokens.size() == 0 || tokens.firstBadCloser >= 0 || tokens.firstBadLiteral >= 0 || tokens.openBracket
                || tokens.openLiteralOrComment || !isName(tokens.get(0))) {
            return false;
        }
        int i = 1;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if ((token.is(".") || token.is("::")) && i + 1 < tokens.size() && isName(tokens.get(i + 1))) {
                i += 2;
            } else if (token.is("(") || token.is("[")) {
                i = tokens.match(i) + 1;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(Token token) {
        return token.kind() == TokenKind.IDENTIFIER || token.is("this") || token.is("super")
                || token.is("class") || token.is("new");
    }

    private static CellInput cellMagic(String cell) {
        int newline = cell.indexOf('\n');
        String header = (newline < 0 ? cell : cell.substring(0, newline)).strip().substring(2);
        String body = newline < 0 ? "" : cell.substring(newline + 1);
        int space = indexOfWhitespace(header);
        String name = space < 0 ? header : header.substring(0, space);
        String arguments = space < 0 ? "" : withoutLineComment(header.substring(space)).strip();
        if (name.endsWith("?")) {
            boolean detailed = name.endsWith("??");
            return new CellInput.HelpRequest("%%" + name.substring(0, name.length() - (detailed ? 2 : 1)), detailed);
        }
        return new CellInput.CellMagic(name, arguments, body);
    }

    /** Line magics and the Java between them; Java keeps its line numbers by newline padding. */
    private static CellInput code(String input) {
        List<CellInput.Segment> segments = new ArrayList<>();
        int codeStart = 0; // where the current stretch of Java starts
        int codeFirstLine = 0; // its line, from 0
        int line = 0;
        int lineCounted = 0; // offset up to which newlines were counted into `line`
        for (Token token : JavaLexer.lex(input, true)) {
            if (token.kind() != TokenKind.MAGIC_LINE) {
                continue;
            }
            line += newlines(input, lineCounted, token.start());
            lineCounted = token.start();
            int lineStart = input.lastIndexOf('\n', token.start() - 1) + 1;
            addJava(segments, input.substring(codeStart, Math.max(codeStart, lineStart - 1)), codeFirstLine);
            String magic = token.text().strip().substring(1);
            int space = indexOfWhitespace(magic);
            String name = space < 0 ? magic : magic.substring(0, space);
            String arguments = space < 0 ? "" : withoutLineComment(magic.substring(space)).strip();
            segments.add(new CellInput.MagicLine(name, arguments, line + 1));
            codeStart = Math.min(input.length(), token.end() + 1);
            codeFirstLine = line + 1;
        }
        addJava(segments, input.substring(Math.min(codeStart, input.length())), codeFirstLine);
        return new CellInput.Code(segments);
    }

    private static void addJava(List<CellInput.Segment> segments, String text, int firstLine) {
        if (!text.isBlank()) {
            segments.add(new CellInput.JavaText("\n".repeat(firstLine) + text));
        }
    }

    private static int newlines(String text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * A magic's argument text up to a {@code //} comment that starts after white space, outside
     * double quotes (so {@code https://host} stays an argument).
     */
    static String withoutLineComment(String text) {
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '/' && text.startsWith("//", i)
                    && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                return text.substring(0, i);
            }
        }
        return text;
    }

    private static int indexOfWhitespace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
