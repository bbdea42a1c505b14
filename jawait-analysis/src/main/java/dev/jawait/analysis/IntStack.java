package dev.jawait.analysis;

import java.util.Arrays;

/** A growable stack of ints, without boxing, for the iterative scans. Not thread-safe. */
final class IntStack {

    private int[] items = new int[8];
    private int size;

    void push(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = value;
    }

    int pop() {
        return items[--size];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** The value {@code k} places from the bottom. */
    int get(int k) {
        return items[k];
    }

    /** Drops everything above the first {@code newSize} values. */
    void truncate(int newSize) {
        size = newSize;
    }
}
