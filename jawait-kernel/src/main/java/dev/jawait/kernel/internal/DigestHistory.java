package dev.jawait.kernel.internal;

import java.util.HexFormat;

/**
 * The signatures of the last {@code capacity} messages the kernel accepted, to refuse a message
 * sent again (a replay): jupyter_client's digest history, in bounded memory. What is kept of a
 * signature is its first 64 bits (an HMAC: uniformly spread, and unknown without the key), in a
 * ring of arrival order and an open-addressing table over it; when full, the oldest is forgotten
 * (jupyter_client forgets a random tenth). At the default 65,536 entries that is 1.5 MiB, and the
 * chance that a fresh message is refused because its 64 bits equal a remembered one is below
 * 4 × 10⁻¹⁵.
 *
 * <p>Thread-safe.
 */
final class DigestHistory {
    /** jupyter_client's {@code Session.digest_history_size}. */
    static final int DEFAULT_CAPACITY = 1 << 16;
    private static final long EMPTY = 0;

    private final long[] ring;
    private final long[] table;
    private final int mask;
    private int oldest;
    private int size;

    DigestHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        ring = new long[capacity];
        table = new long[Integer.highestOneBit(capacity * 2 - 1) << 1]; // at most half full
        mask = table.length - 1;
    }

    /**
     * Records the signature (lower-case hex, at least 16 digits); false if it was seen before (a
     * replay), in which case nothing changes.
     */
    synchronized boolean add(String hexSignature) {
        long fingerprint = fingerprint(hexSignature);
        int slot = slotOf(fingerprint);
        if (table[slot] == fingerprint) {
            return false;
        }
        if (size == ring.length) {
            remove(ring[oldest]);
            ring[oldest] = fingerprint;
            oldest = (oldest + 1) % ring.length;
        } else {
            ring[(oldest + size) % ring.length] = fingerprint;
            size++;
        }
        table[slotOf(fingerprint)] = fingerprint;
        return true;
    }

    synchronized int size() {
        return size;
    }

    private static long fingerprint(String hexSignature) {
        if (hexSignature.length() < 16) {
            throw new IllegalArgumentException("not an HMAC signature: " + hexSignature);
        }
        long value = HexFormat.fromHexDigitsToLong(hexSignature, 0, 16);
        return value == EMPTY ? 1 : value;
    }

    /** The slot holding {@code fingerprint}, or the empty slot where it would go. */
    private int slotOf(long fingerprint) {
        int slot = home(fingerprint);
        while (table[slot] != EMPTY && table[slot] != fingerprint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int home(long fingerprint) {
        return (int) (fingerprint ^ (fingerprint >>> 32)) & mask;
    }

    /** Linear-probing deletion: entries after the hole that would no longer be found move back into it. */
    private void remove(long fingerprint) {
        int hole = slotOf(fingerprint);
        if (table[hole] != fingerprint) {
            return;
        }
        table[hole] = EMPTY;
        int next = (hole + 1) & mask;
        while (table[next] != EMPTY) {
            int home = home(table[next]);
            boolean reachable = hole <= next ? home > hole && home <= next : home > hole || home <= next;
            if (!reachable) {
                table[hole] = table[next];
                table[next] = EMPTY;
                hole = next;
            }
            next = (next + 1) & mask;
        }
    }
}
