package dev.jawait.profile.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jawait.runtime.Profile;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How sampled stacks become the rows a user reads: the machinery cut, the session's names. */
class CallTreeTest {
    private static Frame frame(String type, String method, int line) {
        return new Frame(type, method, "()V", line);
    }

    /** A sample of a spawned task: innermost first, as JFR records it. */
    private static final List<Frame> TASK = List.of(
            frame("java.lang.Math", "floorMod", 10),
            frame("REPL.$JShell$12$Point", "norm", 4),
            frame("REPL.$JShell$11", "hot", 3),
            frame("REPL.$JShell$15", "lambda$do_it$$0", 2),
            frame("dev.jawait.runtime.TaskContext", "lambda$spawn$1", 80),
            frame("java.util.concurrent.FutureTask", "run", 317),
            frame("java.lang.VirtualThread", "run", 466));

    /** A sample of a thread the cell started that runs library code only. */
    private static final List<Frame> WORKER = List.of(
            frame("java.util.HashMap", "put", 600),
            frame("com.example.Library", "fill", 12),
            frame("java.util.concurrent.ThreadPoolExecutor$Worker", "run", 1095),
            frame("java.lang.Thread", "run", 1583));

    @Test
    void machineryBelowTheCellAndJawaitsFramesAreCutAndSnippetFramesNamedAsDeclared() {
        assertEquals(List.of("<lambda>", "hot", "Point.norm", "java.lang.Math.floorMod"),
                CallTree.visible(TASK).stream().map(FrameNames::name).toList());
        assertEquals(List.of("com.example.Library.fill", "java.util.HashMap.put"),
                CallTree.visible(WORKER).stream().map(FrameNames::name).toList());
        assertEquals("<cell>", FrameNames.name(frame("REPL.$JShell$3B", "do_it$", 1)));
        assertEquals("new Point", FrameNames.name(frame("REPL.$JShell$12$Point", "<init>", 1)));
    }

    @Test
    void ownAndCumulativeSamplesPerMethodAndPlacesInTheSession() {
        Samples samples = new Samples(SampleRecorder.EXECUTION, Duration.ofMillis(10), List.of(TASK, TASK, WORKER), 0);
        CallTree tree = CallTree.of(samples, frame -> Optional.of("In[" + frame.getClassName().replaceAll("\\D", "")
                + "], line " + frame.getLineNumber())).placed();
        Profile profile = tree.profile(samples, Duration.ofSeconds(1), Comparator.comparing(Profile.Method::name));
        assertEquals(3, profile.samples());
        assertEquals(List.of("<lambda> (In[15], line 2): 0 own, 2 cumulative samples",
                        "Point.norm (In[12], line 4): 0 own, 2 cumulative samples",
                        "com.example.Library.fill: 0 own, 1 cumulative samples",
                        "hot (In[11], line 3): 0 own, 2 cumulative samples",
                        "java.lang.Math.floorMod: 2 own, 2 cumulative samples",
                        "java.util.HashMap.put: 1 own, 1 cumulative samples"),
                profile.methods().stream().map(Profile.Method::toString).toList());
        CallTree.Node lambda = tree.root().children().getFirst();
        assertEquals("<lambda>", lambda.name());
        assertEquals("In[15], line 2", lambda.location());
        assertEquals(2, lambda.samples());
    }
}
