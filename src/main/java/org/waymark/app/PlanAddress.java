package org.waymark.app;

import org.waymark.store.PlanLocation;
import org.waymark.store.StoreException;

/** Where a plan lives, as text: a plan file's path or a shared plan's address (never with a password). */
public final class PlanAddress {

    private PlanAddress() {}

    /** The address of a shared plan from the Connect dialog's fields; port and sslmode may be null. */
    public static String shared(String user, String host, Integer port, String database, String sslmode) {
        String address = PlanLocation.shared(user, host, port, database, sslmode);
        try {
            PlanLocation.parse(address);
        } catch (StoreException e) {
            throw PlanException.from(e);
        }
        return address;
    }

    /** A file by its name, a shared plan as "database on host (shared)". */
    public static String label(String location) { return PlanLocation.label(location); }

    public static boolean isShared(String location) { return PlanLocation.isShared(location); }
}
