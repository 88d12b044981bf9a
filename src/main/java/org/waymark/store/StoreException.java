package org.waymark.store;

/** The one exception the store throws. Its reason names what failed; its message says what to do next. */
public class StoreException extends RuntimeException {

    /** What went wrong, so callers can offer the right way out (read-only, restore a backup…). */
    public enum Reason { NOT_FOUND, NOT_SQLITE, NOT_A_PLAN, NEWER_SCHEMA, CORRUPT, READ_ONLY, LOCKED, INVALID, IO,
        /** The schema is not exactly the one Waymark creates: never migrated or written. */
        UNEXPECTED_SCHEMA }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() { return reason; }
}
