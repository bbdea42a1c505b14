package dev.jawait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {
    @Test
    void aJavaCandidatesKindIsToldFromItsText() {
        assertEquals("method", Completion.typeOf("thenApply(", true));
        assertEquals("method", Completion.typeOf("toString()", true));
        assertEquals("class", Completion.typeOf("String(", false), "a constructor");
        assertEquals("class", Completion.typeOf("StringBuilder", false));
        assertEquals("keyword", Completion.typeOf("class", true), "String.class");
        assertEquals("field", Completion.typeOf("MAX_VALUE", true));
        assertEquals("field", Completion.typeOf("out", true));
        assertEquals("variable", Completion.typeOf("greeting", false));
    }

    @Test
    void everyCandidateHasOneType() {
        Completion java = Completion.ofJava(4, List.of("length()", "LENGTH"), true);
        assertEquals(List.of("method", "field"), java.types());
        assertEquals(List.of("magic", "magic"), Completion.of(1, List.of("maven", "mavenRepo"), "magic").types());
        assertThrows(IllegalArgumentException.class, () -> new Completion(0, List.of("a"), List.of()));
    }
}
