package dev.jawait.comm;

import java.nio.ByteBuffer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One comm message whole, as the messaging spec has it: the {@code data}, the message's
 * {@code metadata}, and its binary {@code buffers} (extra frames, e.g. an image's bytes, that JSON
 * would have to encode). {@link Comm#onMessage} hands on the data alone; {@link Comm#onCommMessage}
 * and {@link Comm#send(CommMessage)} carry all three.
 *
 * <pre>{@code
 * comm.send(CommMessage.of(Map.of("method", "update")).withMetadata(Map.of("k", 1)).withBuffers(png));
 * }</pre>
 *
 * <p>Immutable and thread-safe: the maps are unmodifiable copies and the buffers read-only views of
 * copies.
 *
 * @param data     the JSON-like data ({@code Map}s, lists, strings, numbers, booleans, nulls)
 * @param metadata the message's metadata (empty when none)
 * @param buffers  the binary buffers, in order (empty when none)
 */
public record CommMessage(Map<String, Object> data, Map<String, Object> metadata, List<ByteBuffer> buffers) {
    /** Copies what it is given, unmodifiable (null maps and lists become empty ones, buffers read-only copies). */
    public CommMessage {
        data = frozen(data);
        metadata = frozen(metadata);
        buffers = buffers == null ? List.of() : buffers.stream().map(CommMessage::frozen).toList();
    }

    /** A message of {@code data} alone. */
    public static CommMessage of(Map<String, ?> data) {
        return new CommMessage(frozen(data), Map.of(), List.of());
    }

    /** This message with {@code metadata}. */
    public CommMessage withMetadata(Map<String, ?> newMetadata) {
        return new CommMessage(data, frozen(newMetadata), buffers);
    }

    /** This message with {@code newBuffers} (copied) as its buffers. */
    public CommMessage withBuffers(byte[]... newBuffers) {
        return new CommMessage(data, metadata, java.util.Arrays.stream(newBuffers).map(ByteBuffer::wrap).toList());
    }

    /** A copy of buffer {@code index}'s bytes. */
    public byte[] bytes(int index) {
        ByteBuffer buffer = buffers.get(index).duplicate();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static Map<String, Object> frozen(Map<String, ?> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static ByteBuffer frozen(ByteBuffer buffer) {
        ByteBuffer source = buffer.duplicate();
        ByteBuffer copy = ByteBuffer.allocate(source.remaining()).put(source).flip();
        return copy.asReadOnlyBuffer();
    }
}
