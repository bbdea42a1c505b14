package dev.jawait.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.JawaitException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoordinatesTest {
    @Test
    void splitsAtBlanksAndCommasButNotInsideRanges() {
        assertEquals(List.of("a:b:1", "c:d:[1.0,2.0)", "e:f:2"), Coordinates.split(" a:b:1, c:d:[1.0,2.0)  e:f:2 "));
    }

    @Test
    void parsesGroupArtifactVersionAndTheLongForm() {
        var artifact = Coordinates.parse("io.projectreactor:reactor-core:3.8.8");
        assertEquals("reactor-core", artifact.getArtifactId());
        assertEquals("jar", artifact.getExtension());
        assertEquals("natives", Coordinates.parse("g:a:jar:natives:1").getClassifier());
    }

    @Test
    void badCoordinatesNameTheFormat() {
        for (String bad : List.of("reactor-core", "a:b", "a::1", "a:b:c:d:e:f", "a b:c:1")) {
            JawaitException e = assertThrows(JawaitException.class, () -> Coordinates.parse(bad));
            assertTrue(e.getMessage().contains("GROUP:ARTIFACT:VERSION"), e.getMessage());
        }
    }
}
