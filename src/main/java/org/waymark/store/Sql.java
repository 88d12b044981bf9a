package org.waymark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: typed parameters (dates as ISO text), nullable reads, and generated keys. */
final class Sql {

    private Sql() {}

    @FunctionalInterface
    interface RowMapper<T> { T map(ResultSet rs) throws SQLException; }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        bind(ps, params);
        return ps;
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int at = i + 1;
            if (p == null) ps.setNull(at, Types.NULL);
            else if (p instanceof LocalDate d) ps.setString(at, d.toString());
            else if (p instanceof YearMonth m) ps.setString(at, m.toString());
            else if (p instanceof Enum<?> e) ps.setString(at, e.name());
            else if (p instanceof Boolean b) ps.setInt(at, b ? 1 : 0);
            else if (p instanceof String text) { TextGuard.check(text); ps.setString(at, text); }
            else ps.setObject(at, p);
        }
    }

    static int update(Connection c, String sql, Object... params) {
        // no generated keys: asked for them, the PostgreSQL driver adds RETURNING * and the server sends every row back
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static long insert(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) out.add(mapper.map(rs));
                return out;
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    /** Work on a connection that either commits whole or is rolled back. */
    @FunctionalInterface
    interface Work { void run() throws SQLException; }

    /** Runs {@code work} in one transaction on {@code c}: committed whole, or rolled back and the failure thrown. */
    static void inOneTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);   // the failure that stopped the work is the one to report
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static StoreException failure(String sql, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        StoreException shared = SharedFailure.of(e);
        if (shared != null) return shared;
        if (msg.contains("SQLITE_READONLY")) {
            return new StoreException(StoreException.Reason.READ_ONLY, "The plan file cannot be written (it is read-only). Save a copy elsewhere to make changes.", e);
        }
        if (msg.contains("SQLITE_BUSY") || msg.contains("SQLITE_LOCKED")) {
            return new StoreException(StoreException.Reason.LOCKED, "Another program is writing to the plan file. Try again in a moment.", e);
        }
        if (msg.contains("SQLITE_FULL") || msg.contains("SQLITE_IOERR")) {
            return new StoreException(StoreException.Reason.IO, "The change could not be written: the disk is full or failing. Nothing was changed. Free some space and try again.", e);
        }
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("SQLITE_NOTADB")) {
            return new StoreException(StoreException.Reason.CORRUPT, "The plan file is damaged. Restore a backup (File › Restore backup).", e);
        }
        if (msg.contains("SQLITE_CONSTRAINT")) {
            return new StoreException(StoreException.Reason.INVALID, "The change breaks a rule of the plan: " + msg, e);
        }
        if (nativeLibraryMissing(e)) {
            String dir = System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
            return new StoreException(StoreException.Reason.IO, "Waymark could not start SQLite: it unpacks SQLite's native library into " + dir
                    + " and loads it from there, and that failed (the folder cannot be written, or does not allow programs to run, as a "
                    + "temporary folder mounted noexec does not). Start Waymark with a folder you can write and run programs from, e.g. "
                    + "java -Dorg.sqlite.tmpdir=DIR -jar waymark.jar … (or -Dwaymark.data.dir=DIR to move the whole data folder). "
                    + "The plan file has not been changed.", e);
        }
        return new StoreException(StoreException.Reason.IO, "Database error: " + msg, e);
    }

    /** sqlite-jdbc reports a library it could not unpack or load only as "Error opening connection", with the reason as its cause. */
    private static boolean nativeLibraryMissing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnsatisfiedLinkError || t instanceof org.sqlite.NativeLibraryNotFoundException) return true;
        }
        return false;
    }
}
