package dev.jawait.engine.internal;

import dev.jawait.OutputListener;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Routes {@code System.out} and {@code System.err} of snippet code to the {@link OutputListener}
 * of the session whose cell printed it. The target travels with the thread: the engine sets it on
 * the thread that runs a cell, and threads started from there (spawned tasks, virtual threads)
 * inherit it. Installed once per JVM, the first time a session with a listener is built; threads
 * without a target write to the last routed session with a null tag, or to the original streams.
 *
 * <p>Thread-safe.
 */
public final class OutputRouter {
    /** Where one thread's output goes. */
    public record Target(OutputListener listener, Object tag) {}

    private static final InheritableThreadLocal<Target> TARGET = new InheritableThreadLocal<>();
    /** Threads whose printing is dropped: javac's own reports while it compiles a snippet. */
    private static final ThreadLocal<Boolean> MUTED = ThreadLocal.withInitial(() -> false);
    private static volatile OutputListener fallback;
    private static PrintStream originalOut;
    private static PrintStream originalErr;

    private OutputRouter() {}

    /** Replaces System.out/err with routing streams (once). */
    public static synchronized void install() {
        if (originalOut != null) {
            return;
        }
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(new RoutingStream(false), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new RoutingStream(true), true, StandardCharsets.UTF_8));
    }

    /** The current thread's target, or null. */
    public static Target current() {
        return TARGET.get();
    }

    /** Sets the current thread's target, returning the previous one (to restore). */
    public static Target enter(Target target) {
        Target previous = TARGET.get();
        TARGET.set(target);
        if (target != null) {
            fallback = target.listener();
        }
        return previous;
    }

    /**
     * Drops (or, with false, lets through again) what the current thread prints through the
     * routing streams; not inherited by threads it starts.
     *
     * @return whether the thread was muted before
     */
    public static boolean muteThisThread(boolean muted) {
        boolean was = MUTED.get();
        MUTED.set(muted);
        return was;
    }

    public static void restore(Target previous) {
        if (previous == null) {
            TARGET.remove();
        } else {
            TARGET.set(previous);
        }
    }

    /** An output stream that decodes UTF-8 per write and hands text to the thread's target. */
    private static final class RoutingStream extends OutputStream {
        private final boolean stderr;
        private final ThreadLocal<CharsetDecoder> decoders = ThreadLocal.withInitial(() ->
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        private final ThreadLocal<ByteBuffer> pending = ThreadLocal.withInitial(() -> ByteBuffer.allocate(8));

        RoutingStream(boolean stderr) {
            this.stderr = stderr;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (MUTED.get()) {
                return;
            }
            Target target = TARGET.get();
            OutputListener listener = target != null ? target.listener() : fallback;
            if (listener == null) {
                (stderr ? originalErr : originalOut).write(bytes, offset, length);
                return;
            }
            String text = decode(bytes, offset, length);
            if (!text.isEmpty()) {
                listener.output(target != null ? target.tag() : null, stderr, text);
            }
        }

        private String decode(byte[] bytes, int offset, int length) {
            ByteBuffer carry = pending.get();
            ByteBuffer input = ByteBuffer.allocate(carry.position() + length);
            carry.flip();
            input.put(carry).put(bytes, offset, length).flip();
            carry.clear();
            CharBuffer out = CharBuffer.allocate(input.remaining());
            decoders.get().decode(input, out, false);
            if (input.hasRemaining() && input.remaining() <= carry.capacity()) {
                carry.put(input); // an incomplete UTF-8 sequence: keep it for the next write
            }
            return out.flip().toString();
        }

        @Override
        public void flush() {
            if (originalOut != null) {
                (stderr ? originalErr : originalOut).flush();
            }
        }
    }
}
