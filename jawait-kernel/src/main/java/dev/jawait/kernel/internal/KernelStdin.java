package dev.jawait.kernel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The kernel's {@code System.in}: when snippet code reads and its buffer is empty, it asks the
 * front end for a line (an {@code input_request}) if the running request allows stdin; otherwise
 * the stream is at its end, as a non-interactive {@code System.in} would be.
 *
 * <p>Thread-safe.
 */
public final class KernelStdin extends InputStream {
    /** The request a read belongs to, and whether its front end accepts input requests. */
    public record Reader(Message request, boolean allowed) {}

    private final StdinChannel channel;
    private final Supplier<Reader> current;
    private byte[] buffer = new byte[0];
    private int position;

    public KernelStdin(StdinChannel channel, Supplier<Reader> current) {
        this.channel = channel;
        this.current = current;
    }

    @Override
    public synchronized int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public synchronized int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, buffer.length - position);
        System.arraycopy(buffer, position, bytes, offset, n);
        position += n;
        return n;
    }

    @Override
    public synchronized int available() {
        return buffer.length - position;
    }

    private boolean fill() throws IOException {
        if (position < buffer.length) {
            return true;
        }
        Reader reader = current.get();
        if (reader == null || !reader.allowed()) {
            return false;
        }
        String line = channel.readLine(reader.request(), "", false);
        buffer = (line + "\n").getBytes(StandardCharsets.UTF_8);
        position = 0;
        return true;
    }
}
