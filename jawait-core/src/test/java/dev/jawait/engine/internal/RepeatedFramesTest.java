package dev.jawait.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedFramesTest {

    @Test
    void aRunOfOneFrameBecomesTheFrameAndACount() {
        List<String> frames = new ArrayList<>(Collections.nCopies(1024, "at depth (In[4], line 1)"));
        frames.add("at In[5], line 1");
        assertEquals(List.of("at depth (In[4], line 1)", "... 1023 more calls of depth (In[4], line 1)", "at In[5], line 1"),
                RepeatedFrames.collapse(frames));
    }

    @Test
    void aCycleOfTwoIsShownOnceWithWhatIsLeftOfAnUnevenEnd() {
        List<String> frames = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            frames.add("at f");
            frames.add("at g");
        }
        frames.add("at f");
        assertEquals(List.of("at f", "at g", "... 18 more frames repeating the 2 above", "at f"), RepeatedFrames.collapse(frames));
    }

    @Test
    void twoRepeatsAreLeftAsTheyAre() {
        List<String> frames = List.of("at a", "at a", "at b", "at c", "at b", "at c");
        assertEquals(frames, RepeatedFrames.collapse(frames));
    }

    @Test
    void wrapperNamesAreTakenOutOfMessages() {
        assertEquals("Cannot invoke \"Pt.x()\" because \"pt\" is null",
                WrapperNames.clean("Cannot invoke \"REPL.$JShell$2$Pt.x()\" because \"REPL.$JShell$3B.pt\" is null"));
        assertEquals("<anonymous>@76f2b07d", WrapperNames.clean("REPL.$JShell$2$$JShell$anonymous$$0@76f2b07d"));
        assertEquals("no wrapper here", WrapperNames.clean("no wrapper here"));
    }
}
