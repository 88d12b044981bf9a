package org.waymark.io;

/** A value read from a cell, with a warning when reading it needed judgement or lost something. */
record Reading<T>(T value, String warning) {
    static <T> Reading<T> of(T v) { return new Reading<>(v, null); }
    static <T> Reading<T> warn(T v, String warning) { return new Reading<>(v, warning); }
    static <T> Reading<T> none() { return new Reading<>(null, null); }
}
