package dev.jawait.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavadocTextTest {

    @Test
    void inlineTagsHtmlAndBlockTagsBecomeText() {
        String javadoc = """
                 Returns the string representation of the {@code char} array
                 argument. The <i>contents</i> are copied; see {@link Object#toString() toString} and {@link #equals(Object)}.
                 <p> Unspecified if modified &lt;concurrently&gt;: {@code a{b}c}.
                 <ul><li>one</li><li>two</li></ul>
                 <pre>{@code
                   int x = 1;
                 }</pre>
                 @param   data     the character array.
                 @return  a {@code String} that contains it.
                 @throws NullPointerException if {@code data} is null
                 @see     java.lang.Object#toString()
                 @since 1.0""";
        assertEquals("""
                Returns the string representation of the char array argument. The contents are
                copied; see toString and equals(Object).

                Unspecified if modified <concurrently>: a{b}c.

                  - one
                  - two

                      int x = 1;

                Parameters:
                  data - the character array.

                Returns:
                  a String that contains it.

                Throws:
                  NullPointerException - if data is null

                See also:
                  Object.toString()

                Since:
                  1.0""", JavadocText.render(javadoc));
    }

    @Test
    void aLongListItemWrapsUnderItsText() {
        String item = "word ".repeat(30).strip();
        assertEquals("  - " + "word ".repeat(15).strip() + "\n    " + "word ".repeat(15).strip(),
                JavadocText.render("<ul><li>" + item + "</li></ul>"));
    }
}
