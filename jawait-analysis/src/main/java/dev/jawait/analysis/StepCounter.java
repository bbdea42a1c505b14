package dev.jawait.analysis;

/**
 * Counts the elementary steps of one analysis or rewrite: each character the lexer reads and each
 * read of a token or of its bracket partner. Every scan of the source goes through one of these,
 * so the count is the work done, and tests check that it grows linearly with the input without
 * timing anything. Not thread-safe: one counter belongs to one analysis on one thread.
 */
final class StepCounter {

    private long steps;

    void add(int n) {
        steps += n;
    }

    void tick() {
        steps++;
    }

    long steps() {
        return steps;
    }
}
