package org.waymark.store;

import java.sql.SQLException;

/**
 * A shared plan's failures, told by the SQLSTATE the server sends, in words a user can act on. The driver's own
 * text is kept after them: it names the server and the login but never holds a password (none is ever given to
 * it in an address).
 */
final class SharedFailure {

    private SharedFailure() {}

    /** The failure in the plan's words, or null when it is not one of PostgreSQL's. */
    static StoreException of(SQLException e) {
        String state = e.getSQLState();
        if (state == null || e.getClass().getName().startsWith("org.sqlite")) return null;
        String detail = " (" + e.getMessage() + ")";
        if (state.equals("42501")) {
            return new StoreException(StoreException.Reason.READ_ONLY, "Your database login may not make this change; the database refused it"
                    + detail + ". Ask the plan's database administrator for the role you need: waymark_editor to change actions, waymark_admin for people and settings.", e);
        }
        if (state.startsWith("28")) {
            return new StoreException(StoreException.Reason.IO, "The database did not accept the login" + detail
                    + ". Check the user name, and the password in your .pgpass file (or service file).", e);
        }
        if (state.startsWith("08") && tls(e)) {
            return new StoreException(StoreException.Reason.IO, "The plan's database server could not prove who it is over an encrypted connection"
                    + detail + ". Nothing was changed. With sslmode=verify-full the server's certificate must be signed by the root certificate "
                    + "in ~/.postgresql/root.crt (%APPDATA%\\postgresql\\root.crt on Windows), or in the file that sslrootcert=… in the address "
                    + "names, and must name the server as the address does. Ask your database administrator for the trust's root certificate "
                    + "and the server's name.", e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return new StoreException(StoreException.Reason.IO, "The plan's database server cannot be reached" + detail
                    + ". Nothing was changed. Check the address and the network, then try again.", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(StoreException.Reason.NOT_FOUND, "There is no such database on the server" + detail + ". Check the database name.", e);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StoreException(StoreException.Reason.LOCKED, "Someone else's change got in the way of this one; nothing was changed. Try again.", e);
        }
        if (state.startsWith("23")) {
            return new StoreException(StoreException.Reason.INVALID, "The change breaks a rule of the plan: " + e.getMessage(), e);
        }
        return null;
    }

    /** Whether a connection failed on TLS: the certificate, its authority or the name in it (the driver's words). */
    private static boolean tls(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof javax.net.ssl.SSLException || m.contains("SSL") || m.contains("could not be verified by hostnameverifier")
                    || m.contains("certification path")) return true;
        }
        return false;
    }
}
