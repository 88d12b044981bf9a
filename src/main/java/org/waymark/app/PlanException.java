package org.waymark.app;

import org.waymark.store.StoreException;

/** A plan file could not be opened, read or written. Wraps the store's reason so callers need not see the store. */
public class PlanException extends RuntimeException {

    /** Why, so the caller can offer a way out: open read-only, restore a backup, pick another file. */
    public enum Kind { NOT_FOUND, NOT_A_PLAN, NEWER_VERSION, DAMAGED, READ_ONLY, BUSY, INVALID, IO, UNEXPECTED_SCHEMA,
        /** The audit chain is broken or does not prove the data: writing needs the user to accept that, on the record. */
        BROKEN }

    private final Kind kind;

    public PlanException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() { return kind; }

    public static PlanException from(StoreException e) {
        Kind k = switch (e.reason()) {
            case NOT_FOUND -> Kind.NOT_FOUND;
            case NOT_SQLITE, NOT_A_PLAN -> Kind.NOT_A_PLAN;
            case NEWER_SCHEMA -> Kind.NEWER_VERSION;
            case CORRUPT -> Kind.DAMAGED;
            case READ_ONLY -> Kind.READ_ONLY;
            case LOCKED -> Kind.BUSY;
            case INVALID -> Kind.INVALID;
            case IO -> Kind.IO;
            case UNEXPECTED_SCHEMA -> Kind.UNEXPECTED_SCHEMA;
        };
        return new PlanException(k, e.getMessage(), e);
    }
}
