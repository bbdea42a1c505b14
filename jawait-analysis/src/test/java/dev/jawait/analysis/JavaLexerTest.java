package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaLexerTest {

    private static List<String> texts(String src) {
        return JavaLexer.lex(src).stream().map(Token::text).toList();
    }

    private static Token only(String src) {
        List<Token> tokens = JavaLexer.lex(src);
        assertEquals(1, tokens.size(), () -> "tokens of " + src + ": " + tokens);
        return tokens.get(0);
    }

    @Test
    void identifiersAndKeywords() {
        List<Token> tokens = JavaLexer.lex("var await = new Foo_$1(); ümlaut");
        assertEquals(List.of("var", "await", "=", "new", "Foo_$1", "(", ")", ";", "ümlaut"),
                tokens.stream().map(Token::text).toList());
        assertEquals(TokenKind.IDENTIFIER, tokens.get(0).kind());
        assertEquals(TokenKind.IDENTIFIER, tokens.get(1).kind());
        assertEquals(TokenKind.KEYWORD, tokens.get(3).kind());
        assertEquals(TokenKind.IDENTIFIER, tokens.get(8).kind());
    }

    @Test
    void offsetsCoverTheText() {
        String src = "a  +=\n b";
        for (Token t : JavaLexer.lex(src)) {
            assertEquals(t.text(), src.substring(t.start(), t.end()));
        }
    }

    @Test
    void numbers() {
        for (String n : List.of("0", "1_000_000", "0xFF_FFL", "0b1010_1010", "3.14", "1e-9", ".5f",
                "1.", "0x1.8p1", "100L", "2d", "017")) {
            Token t = only(n);
            assertEquals(TokenKind.NUMBER, t.kind(), n);
            assertEquals(n, t.text());
        }
        assertEquals(List.of("1", "..."), texts("1..."));
        assertEquals(List.of("x", "[", "1", "]", ".", "length"), texts("x[1].length"));
    }

    @Test
    void stringsCharsAndTextBlocks() {
        assertEquals(TokenKind.STRING, only("\"a \\\" await x\"").kind());
        assertEquals(TokenKind.CHAR, only("'\\''").kind());
        Token block = only("\"\"\"\n  await x \"\" \\\"\"\"\n  \"\"\"");
        assertEquals(TokenKind.TEXT_BLOCK, block.kind());
        assertFalse(block.unterminated());
    }

    @Test
    void unterminatedLiteralsEndAtTheLineAndAreFlagged() {
        List<Token> tokens = JavaLexer.lex("\"abc\nx");
        assertEquals(TokenKind.STRING, tokens.get(0).kind());
        assertTrue(tokens.get(0).unterminated());
        assertEquals("\"abc", tokens.get(0).text());
        assertEquals("x", tokens.get(1).text());
        assertTrue(only("'a").unterminated());
        assertTrue(only("\"\"\"\nabc").unterminated());
        assertTrue(only("/* abc").unterminated());
    }

    @Test
    void comments() {
        List<Token> tokens = JavaLexer.lex("a // await b\n/* await\n c */ d");
        assertEquals(List.of(TokenKind.IDENTIFIER, TokenKind.LINE_COMMENT, TokenKind.BLOCK_COMMENT,
                TokenKind.IDENTIFIER), tokens.stream().map(Token::kind).toList());
        assertEquals("// await b", tokens.get(1).text());
    }

    @Test
    void operatorsTakeTheLongestMatch() {
        assertEquals(List.of("x", ">>>=", "y", "->", "z", "::", "m", "...", "@", "a", ">>>", "!=", "~"),
                texts("x>>>=y->z::m...@a>>>!=~"));
        assertEquals(List.of("a", "++", "+", "b", "--", "-", "c"), texts("a+++b---c"));
    }

    @Test
    void strayCharactersBecomeUnknownTokens() {
        List<Token> tokens = JavaLexer.lex("#!x \\ `");
        assertEquals(TokenKind.UNKNOWN, tokens.get(0).kind());
        assertEquals("!", tokens.get(1).text());
        assertEquals(TokenKind.UNKNOWN, tokens.get(3).kind());
        assertEquals(TokenKind.UNKNOWN, tokens.get(4).kind());
    }
}
