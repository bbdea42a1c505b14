package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.jawait.analysis.CellInput.CellMagic;
import dev.jawait.analysis.CellInput.Code;
import dev.jawait.analysis.CellInput.Command;
import dev.jawait.analysis.CellInput.HelpRequest;
import dev.jawait.analysis.CellInput.JavaText;
import dev.jawait.analysis.CellInput.MagicLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How input is classified: one rule for every front end (commands, help, magics, code). */
class CellInputTest {

    @Test
    void helpRequestsEndInOneOrTwoQuestionMarks() {
        assertEquals(new HelpRequest("String.valueOf", false), CellInput.parse("String.valueOf?"));
        assertEquals(new HelpRequest("String.valueOf", true), CellInput.parse("  String.valueOf??  "));
        assertEquals(new HelpRequest("list.stream().map", false), CellInput.parse("list.stream().map?"));
        assertEquals(new HelpRequest("String::valueOf", false), CellInput.parse("String::valueOf?"));
        assertEquals(new HelpRequest("%time", false), CellInput.parse("%time?"));
        assertEquals(new HelpRequest("%%time", true), CellInput.parse("%%time??"));
        assertEquals(new HelpRequest("%%timeit", false), CellInput.parse("%%timeit?\nint x = 1;"));
    }

    @Test
    void codeEndingInAQuestionMarkIsNotAHelpRequest() {
        assertInstanceOf(Code.class, CellInput.parse("boolean b = x > 0 ?"));
        assertInstanceOf(Code.class, CellInput.parse("a ? b :"));
        assertInstanceOf(Code.class, CellInput.parse("f(?"));
        assertInstanceOf(Code.class, CellInput.parse("String.valueOf???"));
        assertInstanceOf(Code.class, CellInput.parse("String.valueOf?\nint x = 1;"), "help takes one line");
    }

    @Test
    void commandsAreOneLineStartingWithASlash() {
        assertEquals(new Command("vars", ""), CellInput.parse("/vars"));
        assertEquals(new Command("help", "exit"), CellInput.parse(" /help exit "));
        assertEquals(new Command("exit", ""), CellInput.parse("/exit;"));
        assertEquals(new Command("exit", ""), CellInput.parse("exit"));
        assertEquals(new Command("?", ""), CellInput.parse("/?"));
        assertInstanceOf(Code.class, CellInput.parse("// a comment"));
        assertInstanceOf(Code.class, CellInput.parse("/* a comment */ 1"));
        assertInstanceOf(Code.class, CellInput.parse("int exit = 1;"));
    }

    @Test
    void aCellMagicTakesTheWholeCell() {
        assertEquals(new CellMagic("time", "", "int x = 1;\nawait f"), CellInput.parse("\n%%time\nint x = 1;\nawait f"));
        assertEquals(new CellMagic("timeit", "-n 5", "x++;"), CellInput.parse("%%timeit -n 5 // five loops\nx++;"));
    }

    @Test
    void lineMagicsSplitCodeWhichKeepsItsLineNumbers() {
        Code code = (Code) CellInput.parse("int x = 1;\n%time await f\nint y =\n  2;\n%who // all");
        assertEquals(List.of(new JavaText("int x = 1;"), new MagicLine("time", "await f", 2),
                new JavaText("\n\nint y =\n  2;"), new MagicLine("who", "", 5)), code.segments());
    }

    @Test
    void aPercentLineInsideATextBlockOrCommentIsCode() {
        String textBlock = "String s = \"\"\"\n%not a magic\n\\\"\"\" still inside\n\"\"\";";
        assertEquals(new Code(List.of(new JavaText(textBlock))), CellInput.parse(textBlock));
        String comment = "/*\n%not a magic\n*/ int x = 1;";
        assertEquals(new Code(List.of(new JavaText(comment))), CellInput.parse(comment));
    }

    @Test
    void magicArgumentsKeepSlashesThatAreNotComments() {
        Code code = (Code) CellInput.parse("%mavenRepo jitpack https://jitpack.io // a repository");
        assertEquals(new MagicLine("mavenRepo", "jitpack https://jitpack.io", 1), code.segments().getFirst());
        Code quoted = (Code) CellInput.parse("%run \"a // b.jsh\"");
        assertEquals(new MagicLine("run", "\"a // b.jsh\"", 1), quoted.segments().getFirst());
    }

    @Test
    void completenessOfEveryKindOfInput() {
        assertEquals(Completeness.EMPTY, CellInput.completeness("  "));
        assertEquals(Completeness.COMPLETE, CellInput.completeness("String.valueOf?"));
        assertEquals(Completeness.COMPLETE, CellInput.completeness("/vars"));
        assertEquals(Completeness.COMPLETE, CellInput.completeness("%autoawait"));
        assertEquals(Completeness.COMPLETE, CellInput.completeness("%time await f\n%who"));
        assertEquals(Completeness.INCOMPLETE, CellInput.completeness("%%time"));
        assertEquals(Completeness.INCOMPLETE, CellInput.completeness("%%time\nint x = 1;"));
        assertEquals(Completeness.COMPLETE, CellInput.completeness("%%time\nint x = 1;\n"));
        assertEquals(Completeness.INCOMPLETE, CellInput.completeness("%time 1\nfor (int i = 0; i < 3; i++) {"));
        assertEquals(Completeness.COMPLETE, CellInput.completeness("for (int i = 0; i < 3; i++) {\n}\n%who"));
        assertEquals(Completeness.INCOMPLETE, CellInput.completeness("String s = \"\"\"\n%not a magic"));
    }
}
