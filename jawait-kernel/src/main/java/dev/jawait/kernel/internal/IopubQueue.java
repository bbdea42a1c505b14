package dev.jawait.kernel.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * What waits to go out on IOPub, in order, with stream text coalesced: text printed under one
 * cell (parent header) on one stream is appended to that cell's open chunk, which goes out as one
 * {@code stream} message when it is {@value #INTERVAL_MILLIS} ms old, when it holds
 * {@value #CHUNK_CHARS} characters, or as soon as anything else of that cell is queued after it
 * (its result, a display, its {@code idle} status), so coalescing never delays the end of a cell.
 * Order is kept within a cell; between cells it does not matter (each front-end cell shows its own).
 *
 * <p>Bounded by back-pressure, never by dropping: output of cells ({@link #stream},
 * {@link #add} with {@code wait}) waits while more than {@value #LIMIT} characters are queued
 * (a message other than stream text counts {@value #MESSAGE_WEIGHT}); the kernel's own messages
 * (status, replies' side messages) never wait. A waiting writer that is interrupted queues its
 * text anyway and keeps its interrupt status, so an interrupt stops a cell without losing output.
 *
 * <p>Thread-safe: any number of writers, one taker.
 */
final class IopubQueue {
    static final long INTERVAL_MILLIS = 50;
    static final int CHUNK_CHARS = 64 * 1024;
    static final int LIMIT = 1024 * 1024;
    static final int MESSAGE_WEIGHT = 1024;

    /** A message ready to be signed and sent. */
    record Outgoing(String type, ObjectNode parentHeader, ObjectNode content, ObjectNode metadata, List<byte[]> buffers) {
        Outgoing(String type, ObjectNode parentHeader, ObjectNode content) {
            this(type, parentHeader, content, Json.object(), List.of());
        }

        int bufferBytes() {
            return buffers.stream().mapToInt(b -> b.length).sum();
        }
    }

    /** A queued message, or a stream chunk while {@code text} is not null. */
    private static final class Item {
        final String parentId;
        final ObjectNode parentHeader;
        final String type;
        final ObjectNode content;
        final Outgoing whole; // a message with metadata or buffers, sent as it is
        final String streamName;
        final StringBuilder text;
        final long since;
        boolean closed;

        Item(ObjectNode parentHeader, String type, ObjectNode content, String streamName, long since) {
            this(parentHeader, type, content, null, streamName, since);
        }

        Item(ObjectNode parentHeader, String type, ObjectNode content, Outgoing whole, String streamName, long since) {
            this.whole = whole;
            this.parentHeader = parentHeader;
            this.parentId = idOf(parentHeader);
            this.type = type;
            this.content = content;
            this.streamName = streamName;
            this.text = streamName == null ? null : new StringBuilder();
            this.since = since;
        }

        int weight() {
            return text == null ? MESSAGE_WEIGHT + (whole == null ? 0 : whole.bufferBytes()) : text.length();
        }

        Outgoing outgoing() {
            if (whole != null) {
                return whole;
            }
            if (text == null) {
                return new Outgoing(type, parentHeader, content);
            }
            return new Outgoing("stream", parentHeader, Json.object().put("name", streamName).put("text", text.toString()));
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Condition room = lock.newCondition();
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private final LongSupplier clock;
    private final long intervalNanos;
    private long weight;
    private boolean closing;

    IopubQueue() {
        this(System::nanoTime, TimeUnit.MILLISECONDS.toNanos(INTERVAL_MILLIS));
    }

    /** With a clock (nanoseconds) and coalescing interval of the caller's choosing, for tests. */
    IopubQueue(LongSupplier clock, long intervalNanos) {
        this.clock = clock;
        this.intervalNanos = intervalNanos;
    }

    private static String idOf(ObjectNode parentHeader) {
        return parentHeader == null ? "" : parentHeader.path("msg_id").asText("");
    }

    /** Queues a message; with {@code wait} (output of a cell), first waits while the queue is full. */
    void add(String type, ObjectNode parentHeader, ObjectNode content, boolean wait) {
        add(new Outgoing(type, parentHeader == null ? Json.object() : parentHeader, content), wait);
    }

    /** Queues {@code message} as it is (its metadata and buffers too). */
    void add(Outgoing message, boolean wait) {
        lock.lock();
        try {
            if (wait) {
                awaitRoom();
            }
            ObjectNode parentHeader = message.parentHeader() == null ? Json.object() : message.parentHeader();
            Outgoing whole = message.metadata().isEmpty() && message.buffers().isEmpty() ? null : message;
            Item item = new Item(parentHeader, message.type(), message.content(), whole, null, 0);
            Item last = lastOf(item.parentId);
            if (last != null) {
                last.closed = true;
            }
            append(item);
        } finally {
            lock.unlock();
        }
    }

    /** Appends stream text under {@code parentHeader}, in chunks of at most {@value #CHUNK_CHARS} characters. */
    void stream(ObjectNode parentHeader, String name, String text) {
        ObjectNode parent = parentHeader == null ? Json.object() : parentHeader;
        String parentId = idOf(parent);
        int from = 0;
        while (from < text.length()) {
            lock.lock();
            try {
                awaitRoom();
                Item chunk = lastOf(parentId);
                if (chunk == null || chunk.closed || !name.equals(chunk.streamName)) {
                    if (chunk != null) {
                        chunk.closed = true;
                    }
                    chunk = new Item(parent, "stream", null, name, clock.getAsLong());
                    append(chunk);
                }
                int to = end(text, from, CHUNK_CHARS - chunk.text.length());
                chunk.text.append(text, from, to);
                weight += to - from;
                from = to;
                if (from < text.length() || chunk.text.length() >= CHUNK_CHARS) { // it takes no more
                    chunk.closed = true;
                    changed.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Where a piece of at most {@code room} (≥ 1) characters from {@code from} ends, never inside a surrogate pair. */
    private static int end(String text, int from, int room) {
        int to = Math.min(text.length(), from + room);
        if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
            to--; // may leave the piece empty: the pair goes into the next chunk
        }
        return to;
    }

    private void append(Item item) {
        items.addLast(item);
        weight += item.text == null ? item.weight() : 0;
        changed.signalAll();
    }

    /** The last queued item of the cell {@code parentId}, or null. */
    private Item lastOf(String parentId) {
        Iterator<Item> back = items.descendingIterator();
        while (back.hasNext()) {
            Item item = back.next();
            if (item.parentId.equals(parentId)) {
                return item;
            }
        }
        return null;
    }

    private void awaitRoom() {
        boolean interrupted = false;
        while (weight >= LIMIT && !closing) {
            try {
                room.await();
            } catch (InterruptedException e) {
                interrupted = true;
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next message if it may go out at {@code now}, removed from the queue; else null. */
    Outgoing poll(long now) {
        lock.lock();
        try {
            if (nanosUntilReady(now) != 0) {
                return null;
            }
            Item head = items.removeFirst();
            weight -= head.weight();
            room.signalAll();
            return head.outgoing();
        } finally {
            lock.unlock();
        }
    }

    /** 0 when the head may go out at {@code now}, else how long until it may (Long.MAX_VALUE: nothing queued). */
    long nanosUntilReady(long now) {
        lock.lock();
        try {
            Item head = items.peekFirst();
            if (head == null) {
                return Long.MAX_VALUE;
            }
            if (head.text == null || head.closed || closing) {
                return 0;
            }
            return Math.max(0, head.since + intervalNanos - now);
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the next message that may go out; null once {@link #close closed} and empty. */
    Outgoing take() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                long now = clock.getAsLong();
                long wait = nanosUntilReady(now);
                if (wait == 0) {
                    return poll(now);
                }
                if (wait == Long.MAX_VALUE && closing) {
                    return null;
                }
                if (wait == Long.MAX_VALUE) {
                    changed.await();
                } else {
                    changed.awaitNanos(wait);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** From now on every chunk may go out at once and no writer waits; {@link #take} ends once all is taken. */
    void close() {
        lock.lock();
        try {
            closing = true;
            changed.signalAll();
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many messages (or chunks) are queued. */
    int size() {
        lock.lock();
        try {
            return items.size();
        } finally {
            lock.unlock();
        }
    }
}
