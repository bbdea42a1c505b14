package dev.jawait.magic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jawait.JawaitException.BadArgumentsException;
import dev.jawait.runtime.Profile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code %prun}'s options, spelled as IPython's getopt takes them. */
class PrunOptionsTest {
    @Test
    void optionsClusteredJoinedOrSeparateThenTheCode() {
        PrunOptions options = PrunOptions.parse("-qr -scumulative -s name -l 5 -l 'hot|cold' -T \"my report.txt\" work(-1, 2)");
        assertTrue(options.quiet() && options.returnData());
        assertEquals(List.of("cumulative", "name"), options.sortKeys());
        assertEquals(List.of("5", "hot|cold"), options.limits());
        assertEquals(Optional.of("my report.txt"), options.textFile());
        assertEquals("work(-1, 2)", options.code());
        assertEquals("-x + 1", PrunOptions.parse("-- -x + 1").code());
        assertEquals("cumulative time, function name", options.order().description());
    }

    @Test
    void limitsAreCountsFractionsOrPatternsAppliedInOrder() {
        List<Profile.Method> methods = List.of(new Profile.Method("hot", "In[1], line 3", true, 5, 5),
                new Profile.Method("cold", "In[1], line 9", true, 1, 1), new Profile.Method("java.lang.Math.abs", "", false, 1, 1),
                new Profile.Method("warm", "In[2], line 1", true, 0, 6));
        assertEquals(List.of("hot", "cold"), names(PrunOptions.parse("-l 2 x").limit(methods)));
        assertEquals(List.of("hot", "cold"), names(PrunOptions.parse("-l 0.5 x").limit(methods)));
        assertEquals(List.of("hot"), names(PrunOptions.parse("-l o -l ^h x").limit(methods)));
        assertEquals(List.of("warm", "hot", "cold", "java.lang.Math.abs"),
                names(methods.stream().sorted(PrunOptions.parse("-s cumtime x").order().order()).toList()));
    }

    @Test
    void badOptionsSayWhich() {
        assertTrue(assertThrows(BadArgumentsException.class, () -> PrunOptions.parse("-k 1")).getMessage()
                .contains("unknown option -k"));
        assertTrue(assertThrows(BadArgumentsException.class, () -> PrunOptions.parse("-s speed 1")).getMessage()
                .contains("unknown sort key -s speed"));
        assertTrue(assertThrows(BadArgumentsException.class, () -> PrunOptions.parse("-D out.prof 1")).getMessage()
                .contains("-D"));
        assertTrue(assertThrows(BadArgumentsException.class, () -> PrunOptions.parse("-l 1.5 x").limit(List.of()))
                .getMessage().contains("-l 1.5"));
        assertTrue(assertThrows(BadArgumentsException.class, () -> PrunOptions.parse("-l ( x").limit(List.of()))
                .getMessage().contains("-l ("));
    }

    private static List<String> names(List<Profile.Method> methods) {
        return methods.stream().map(Profile.Method::name).toList();
    }
}
