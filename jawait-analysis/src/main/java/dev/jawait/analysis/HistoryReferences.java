package dev.jawait.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPython's history variables in Java source: finds each name that stands for a value and asks a
 * {@link Resolver} what to write instead.
 * <ul>
 *   <li>{@code _}, {@code __}, {@code ___}: the last three displayed values;</li>
 *   <li>{@code _N} and {@code Out[N]} (N a number): the value cell N displayed; {@code Out} alone,
 *       and {@code Out[EXPR]}, which becomes {@code Out.get(EXPR)};</li>
 *   <li>{@code _iN} and {@code In[N]}: cell N's source; {@code _i}, {@code _ii}, {@code _iii}: the
 *       last three; {@code In} alone, and {@code In[EXPR]} as {@code In.get(EXPR)}.</li>
 * </ul>
 * Java reserves {@code _} for unnamed variables, so an {@code _} that declares one is left alone:
 * after a type or {@code var} ({@code int _}, {@code catch (E _)}), a lambda parameter
 * ({@code _ ->}, {@code (_, b) ->}), and any {@code _} on a line that has {@code instanceof} or
 * {@code case} before it (record patterns). A name the code declares itself ({@code var Out = …},
 * {@code int _3 = 3}) is left alone everywhere in it, as is a name after {@code .} or
 * {@code ::}, or before {@code (} (a method). Strings, text blocks, character literals and
 * comments are never touched (they are single tokens of the lexer).
 *
 * <p>Stateless and thread-safe.
 */
public final class HistoryReferences {
    private HistoryReferences() {}

    /** A history name found in the source. */
    public sealed interface Reference {
        /** {@code _} (1), {@code __} (2), {@code ___} (3): the {@code back}-th last displayed value. */
        record LastValue(int back) implements Reference {}

        /** {@code _N} or {@code Out[N]}: the value cell {@code count} displayed. */
        record Output(int count) implements Reference {}

        /** {@code _iN} or {@code In[N]}: the source of cell {@code count}. */
        record Input(int count) implements Reference {}

        /** {@code _i} (1), {@code _ii} (2), {@code _iii} (3): the source of the {@code back}-th last cell. */
        record PreviousInput(int back) implements Reference {}

        /** {@code Out} itself (also as the map of {@code Out[EXPR]}). */
        record Outputs() implements Reference {}

        /** {@code In} itself (also as the list of {@code In[EXPR]}). */
        record Inputs() implements Reference {}
    }

    /** What a reference becomes. */
    @FunctionalInterface
    public interface Resolver {
        /**
         * The source text that replaces {@code reference}, or null to leave the name as it is
         * (nothing of that name is known, or the user declared it); may throw to reject the code.
         */
        String resolve(Reference reference);
    }

    private static final Pattern NUMBERED = Pattern.compile("_(i?)([0-9]{1,9})");
    private static final Set<String> NAMES = Set.of("_", "__", "___", "_i", "_ii", "_iii", "Out", "In");

    /** {@code _} replaced by {@code name} (the variable holding the last value); unchanged when name is null. */
    public static String replaceLastValue(String code, String name) {
        return name == null ? code : replace(code, r -> r instanceof Reference.LastValue(int back) && back == 1 ? name : null);
    }

    /** {@code code} with every history name that stands for a value replaced as {@code resolver} says. */
    public static String replace(String code, Resolver resolver) {
        return rewrite(code, resolver).code();
    }

    /**
     * {@code code} with every history name that stands for a value replaced as {@code resolver}
     * says, with the map back to the user's offsets (for errors); no line moves.
     */
    public static Rewritten rewrite(String code, Resolver resolver) {
        if (code.indexOf('_') < 0 && !code.contains("Out") && !code.contains("In")) {
            return new Rewritten(code, PositionMap.identity(code.length()));
        }
        Tokens tokens = new Tokens(code);
        Set<String> declaredHere = declaredNames(tokens);
        Edits edits = new Edits(code);
        Set<Integer> closers = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String replacement = null;
            int last = i; // the last token the replacement stands for
            if (closers.remove(i)) {
                replacement = ")";
            } else if (isHistoryName(tokens, i) && !declaredHere.contains(tokens.get(i).text())
                    && standsForAValue(tokens, i)) {
                String text = tokens.get(i).text();
                boolean indexed = (text.equals("Out") || text.equals("In")) && tokens.is(i + 1, "[")
                        && tokens.match(i + 1) > i + 1;
                if (indexed && tokens.get(i + 2).kind() == TokenKind.NUMBER && tokens.match(i + 1) == i + 3
                        && isCount(tokens.get(i + 2).text())) {
                    int count = Integer.parseInt(tokens.get(i + 2).text());
                    replacement = resolver.resolve(text.equals("Out") ? new Reference.Output(count) : new Reference.Input(count));
                    last = i + 3;
                } else if (indexed) {
                    String list = resolver.resolve(text.equals("Out") ? new Reference.Outputs() : new Reference.Inputs());
                    if (list != null) {
                        replacement = list + ".get(";
                        closers.add(tokens.match(i + 1));
                        last = i + 1;
                    }
                } else {
                    replacement = resolver.resolve(reference(text));
                }
            }
            if (replacement != null) {
                edits.replace(tokens.start(i), tokens.end(last), List.of(Edits.Piece.at(replacement, tokens.start(i))));
                i = last;
            }
        }
        return edits.isEmpty() ? new Rewritten(code, PositionMap.identity(code.length())) : edits.apply();
    }

    private static boolean isHistoryName(Tokens tokens, int i) {
        Token token = tokens.get(i);
        if (token.is("_")) {
            return true;
        }
        return token.kind() == TokenKind.IDENTIFIER
                && (NAMES.contains(token.text()) || NUMBERED.matcher(token.text()).matches());
    }

    private static Reference reference(String name) {
        return switch (name) {
            case "_" -> new Reference.LastValue(1);
            case "__" -> new Reference.LastValue(2);
            case "___" -> new Reference.LastValue(3);
            case "_i" -> new Reference.PreviousInput(1);
            case "_ii" -> new Reference.PreviousInput(2);
            case "_iii" -> new Reference.PreviousInput(3);
            case "Out" -> new Reference.Outputs();
            case "In" -> new Reference.Inputs();
            default -> {
                Matcher numbered = NUMBERED.matcher(name);
                numbered.matches();
                int count = Integer.parseInt(numbered.group(2));
                yield numbered.group(1).isEmpty() ? new Reference.Output(count) : new Reference.Input(count);
            }
        };
    }

    private static boolean isCount(String literal) {
        return literal.matches("[0-9]{1,9}");
    }

    /** History names (other than {@code _}, which Java itself declares) that the code declares. */
    private static Set<String> declaredNames(Tokens tokens) {
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.kind() == TokenKind.IDENTIFIER && !token.text().equals("_") && isHistoryName(tokens, i)
                    && !standsForAValue(tokens, i)
                    && !tokens.is(i - 1, ".") && !tokens.is(i - 1, "::")) {
                declared.add(token.text());
            }
        }
        return declared;
    }

    private static boolean standsForAValue(Tokens tokens, int at) {
        if (patternOnItsLine(tokens, at)) {
            return false;
        }
        Token previous = tokens.get(at - 1);
        if (previous != null && (previous.is(".") || previous.is("::"))) {
            return false;
        }
        if (tokens.is(at + 1, "(") || tokens.isIdent(at + 1)) {
            return false; // a method, or a type before a declared name
        }
        if (previous != null && (previous.kind() == TokenKind.IDENTIFIER || previous.kind() == TokenKind.KEYWORD
                || previous.is(">") || previous.is("]"))) {
            return isExpressionKeyword(previous);
        }
        if (tokens.is(at + 1, "->")) {
            return false; // `_ -> …`
        }
        boolean inList = previous != null && (previous.is("(") || previous.is(","));
        return !inList || !lambdaParameters(tokens, at);
    }

    private static final List<String> EXPRESSION_KEYWORDS = List.of("return", "yield", "throw", "else", "do", "assert", "new");

    private static boolean isExpressionKeyword(Token token) {
        return EXPRESSION_KEYWORDS.contains(token.text());
    }

    /** Whether {@code instanceof} or {@code case} comes before {@code at} on its line. */
    private static boolean patternOnItsLine(Tokens tokens, int at) {
        String src = tokens.src;
        int lineStart = src.lastIndexOf('\n', tokens.start(at)) + 1;
        for (int i = at - 1; i >= 0 && tokens.start(i) >= lineStart; i--) {
            if (tokens.is(i, "instanceof") || tokens.is(i, "case")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the parenthesised list that holds {@code at} is followed by {@code ->}. */
    private static boolean lambdaParameters(Tokens tokens, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (tokens.isCloser(i) && tokens.match(i) >= 0) {
                i = tokens.match(i); // skip a bracketed group before `_`
            } else if (tokens.is(i, "(")) {
                int close = tokens.match(i);
                return close >= 0 && tokens.is(close + 1, "->");
            }
        }
        return false;
    }
}
