package dev.jawait.repl.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The colour schemes, and which one a terminal starts with. */
class PaletteTest {
    @Test
    void theStartingSchemeFollowsTheOptionThenTheFileThenNoColor() {
        assertEquals("Neutral", Palette.startScheme(false, null, null));
        assertEquals("NoColor", Palette.startScheme(false, "1", null));
        assertEquals("NoColor", Palette.startScheme(true, null, "Linux"));
        assertEquals("Linux", Palette.startScheme(false, "1", "Linux"), "a configuration file wins over NO_COLOR");
        assertEquals("Neutral", Palette.startScheme(false, "", null), "an empty NO_COLOR is not set");
    }

    @Test
    void eachSchemeColoursDifferentlyAndNoColorNotAtAll() {
        String neutral = Palette.scheme("Neutral").inPrompt(1);
        String linux = Palette.scheme("linux").inPrompt(1);
        String light = Palette.scheme("LightBG").inPrompt(1);
        assertTrue(neutral.contains("\u001b[32m"), neutral);
        assertTrue(light.contains("\u001b[34m"), light);
        assertNotEquals(neutral, linux);
        assertEquals("In [1]: ", Palette.scheme("NoColor").inPrompt(1));
        assertFalse(Palette.scheme("NoColor").on());
    }
}
