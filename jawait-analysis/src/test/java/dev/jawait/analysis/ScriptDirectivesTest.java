package dev.jawait.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
