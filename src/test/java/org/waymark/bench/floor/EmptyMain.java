package org.waymark.bench.floor;

/** The floor for a command's start: a JVM on the same class path and flags that does nothing. */
public final class EmptyMain {
    private EmptyMain() {}

    public static void main(String[] args) {
        // Nothing: the cost of this process is the JVM itself.
    }
}
