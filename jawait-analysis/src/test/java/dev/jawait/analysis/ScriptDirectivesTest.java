package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** jbang's {@code //DEPS} lines, found as comments of their own line. */
class ScriptDirectivesTest {

    @Test
    void depsLinesAnywhereInTheScript() {
        String script = """
                //DEPS io.projectreactor:reactor-core:3.8.8
                import reactor.core.publisher.*;
                  //DEPS a:b:1, c:d:2 // two more
                var x = 1; //DEPS not:a:directive
                String s = "//DEPS not:a:directive";
                /*
                //DEPS not:a:directive
                */
                //DEPSX not:a:directive
                """;
        assertEquals(List.of("io.projectreactor:reactor-core:3.8.8", "a:b:1, c:d:2"), ScriptDirectives.dependencies(script));
    }

    @Test
    void aPreviewLineAloneOnItsLineAsksForPreviewFeatures() {
        assertTrue(ScriptDirectives.preview("//PREVIEW\nvar x = 1;\n"));
        assertTrue(ScriptDirectives.preview("int a = 1;\n  //PREVIEW  \n"));
        assertFalse(ScriptDirectives.preview("int a = 1; //PREVIEW\n"));
        assertFalse(ScriptDirectives.preview("String s = \"\"\"\n//PREVIEW\n\"\"\";\n"));
        assertFalse(ScriptDirectives.preview("//PREVIEWS\n"));
    }
}
