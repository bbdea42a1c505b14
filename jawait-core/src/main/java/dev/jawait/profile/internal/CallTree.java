package dev.jawait.profile.internal;

import dev.jawait.runtime.Profile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A cell's samples merged: per method its own and cumulative samples, and the merged stacks as a
 * tree (for the flame graph). Each stack is first cut to what the user should see: below the
 * cell's outermost snippet frame (JShell's execution machinery, jawait's runner, the thread's
 * start) nothing is kept; on a thread the cell started that runs no snippet code, the thread and
 * pool frames at its bottom go; jawait's own frames, JShell's and reflection's are dropped
 * wherever they are. Snippet frames are named as the user declared them ({@link FrameNames}).
 *
 * <p>Built once, then read-only; not thread-safe while built.
 */
public final class CallTree {
    private static final List<String> HIDDEN = List.of(
            "dev.jawait.", "jdk.jshell.", "java.lang.reflect.", "jdk.internal.reflect.", "jdk.internal.vm.");
    private static final List<String> THREAD_MACHINERY = List.of(
            "java.lang.Thread", "java.lang.VirtualThread", "java.util.concurrent.");

    /** A node of the merged stacks: a method called along one path, with the samples under it. */
    public static final class Node {
        private final String name;
        private final String location;
        private final boolean userCode;
        private final Map<String, Node> children = new LinkedHashMap<>();
        private int samples;

        Node(String name, String location, boolean userCode) {
            this.name = name;
            this.location = location;
            this.userCode = userCode;
        }

        public String name() {
            return name;
        }

        public String location() {
            return location;
        }

        public boolean userCode() {
            return userCode;
        }

        public int samples() {
            return samples;
        }

        /** The callees, most samples first. */
        public List<Node> children() {
            return children.values().stream().sorted(Comparator.comparingInt(Node::samples).reversed()).toList();
        }
    }

    private static final class Stat {
        Frame first; // the frame with the lowest line: nearest the method's declaration
        int own;
        int cumulative;

        Stat(Frame frame) {
            this.first = frame;
        }
    }

    private final Node root = new Node("all", "", false);
    private final Map<String, Stat> stats = new LinkedHashMap<>();
    private final Map<String, String> locations = new HashMap<>();
    private final Function<StackTraceElement, Optional<String>> whereInCell;

    private CallTree(Function<StackTraceElement, Optional<String>> whereInCell) {
        this.whereInCell = whereInCell;
    }

    /** Merges {@code samples}; {@code whereInCell} places a snippet frame in the session ({@code In[2], line 3}). */
    public static CallTree of(Samples samples, Function<StackTraceElement, Optional<String>> whereInCell) {
        CallTree tree = new CallTree(whereInCell);
        for (List<Frame> stack : samples.stacks()) {
            tree.add(visible(stack));
        }
        return tree;
    }

    /** The root of the merged stacks ("all"), its samples all samples kept. */
    public Node root() {
        return root;
    }

    /** The methods seen, unsorted, with their sample counts. */
    public List<Profile.Method> methods() {
        List<Profile.Method> methods = new ArrayList<>();
        for (Stat stat : stats.values()) {
            Frame frame = stat.first;
            methods.add(new Profile.Method(FrameNames.name(frame), location(frame), frame.snippet(), stat.own, stat.cumulative));
        }
        return methods;
    }

    /** A profile of these samples with methods in {@code order}. */
    public Profile profile(Samples samples, Duration wall, Comparator<Profile.Method> order) {
        return new Profile(samples.sampler(), samples.interval(), wall, root.samples, methods().stream().sorted(order).toList());
    }

    /** {@code stack} (innermost first) cut to the frames shown, outermost first. */
    static List<Frame> visible(List<Frame> stack) {
        int outermostSnippet = -1;
        for (int i = 0; i < stack.size(); i++) {
            if (stack.get(i).snippet()) {
                outermostSnippet = i;
            }
        }
        int end = stack.size();
        if (outermostSnippet >= 0) {
            end = outermostSnippet + 1;
        } else {
            while (end > 1 && THREAD_MACHINERY.stream().anyMatch(stack.get(end - 1).className()::startsWith)) {
                end--;
            }
        }
        List<Frame> shown = new ArrayList<>();
        for (int i = end - 1; i >= 0; i--) {
            Frame frame = stack.get(i);
            if (HIDDEN.stream().noneMatch(frame.className()::startsWith)) {
                shown.add(frame);
            }
        }
        return shown;
    }

    private void add(List<Frame> stack) {
        root.samples++;
        if (stack.isEmpty()) {
            return;
        }
        Node node = root;
        Set<String> counted = new HashSet<>();
        for (Frame frame : stack) {
            String key = frame.methodKey();
            Stat stat = stats.computeIfAbsent(key, k -> new Stat(frame));
            if (frame.line() >= 0 && (stat.first.line() < 0 || frame.line() < stat.first.line())) {
                stat.first = frame;
            }
            if (counted.add(key)) {
                stat.cumulative++; // a recursive method counts once per sample
            }
            Node current = node;
            node = current.children.computeIfAbsent(key, k -> new Node(FrameNames.name(frame), "", frame.snippet()));
            node.samples++;
        }
        stats.get(stack.getLast().methodKey()).own++;
    }

    /** Fills in the nodes' locations (after every sample is in, so each method is placed once). */
    public CallTree placed() {
        place(root);
        return this;
    }

    private void place(Node node) {
        for (Map.Entry<String, Node> child : node.children.entrySet()) {
            Stat stat = stats.get(child.getKey());
            Node old = child.getValue();
            Node placed = new Node(old.name, location(stat.first), old.userCode);
            placed.samples = old.samples;
            placed.children.putAll(old.children);
            child.setValue(placed);
            place(placed);
        }
    }

    private String location(Frame frame) {
        if (!frame.snippet()) {
            return "";
        }
        return locations.computeIfAbsent(frame.className() + ":" + frame.line(),
                k -> whereInCell.apply(frame.asStackTraceElement()).orElse("an earlier cell"));
    }
}
