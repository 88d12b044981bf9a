package org.waymark.store;

import org.waymark.domain.RoundForm;
import org.waymark.domain.RoundReturn;
import org.waymark.domain.UpdateRound;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Update rounds, the forms issued in them and the returns applied from them; every write is audited. */
public final class RoundStore {

    private RoundStore() {}

    /** Whether the plan's schema has update rounds yet (a file opened read-only is never upgraded). */
    public static boolean present(Connection c) {
        return Dialect.of(c).hasTable(c, "update_round");
    }

    public static List<UpdateRound> rounds(Connection c) {
        return Sql.query(c, "SELECT * FROM update_round ORDER BY id", rs -> new UpdateRound(rs.getLong("id"),
                Sql.date(rs, "started_on"), Sql.date(rs, "return_by"), rs.getString("started_by")));
    }

    public static List<RoundForm> forms(Connection c, long roundId) {
        return Sql.query(c, "SELECT * FROM round_form WHERE round_id = ? ORDER BY id", RoundStore::form, roundId);
    }

    public static Optional<RoundForm> formByToken(Connection c, String token) {
        return Sql.query(c, "SELECT * FROM round_form WHERE token = ?", RoundStore::form, token).stream().findFirst();
    }

    public static List<RoundReturn> returns(Connection c, long roundId) {
        return Sql.query(c, """
                SELECT r.* FROM round_return r JOIN round_form f ON f.id = r.form_id WHERE f.round_id = ? ORDER BY r.id""",
                rs -> new RoundReturn(rs.getLong("id"), rs.getLong("form_id"), Sql.date(rs, "read_on"), rs.getString("file_name"),
                        rs.getInt("accepted"), rs.getInt("conflicts"), rs.getInt("rejected"), rs.getString("applied_by")), roundId);
    }

    /** A plan setting, or empty: the plan's identity lives there once the first round has started. */
    public static Optional<String> setting(Connection c, String key) {
        return Sql.query(c, "SELECT value FROM setting WHERE key = ?", rs -> rs.getString(1), key).stream().findFirst();
    }

    public static void putSetting(Tx tx, String key, String value, String why) {
        Sql.update(tx.connection(), "INSERT INTO setting (key, value) VALUES (?, ?)", key, value);
        tx.audit("setting", null, key, null, value, why);
    }

    public static long insertRound(Tx tx, UpdateRound r, String why) {
        long id = Sql.insert(tx.connection(), "INSERT INTO update_round (started_on, return_by, started_by) VALUES (?,?,?)",
                r.startedOn(), r.returnBy(), r.startedBy());
        tx.audit("update_round", id, "created", null, Json.of(r), why);
        return id;
    }

    public static long insertForm(Tx tx, RoundForm f, String why) {
        long id = Sql.insert(tx.connection(), "INSERT INTO round_form (round_id, person_id, token, digest, issued_on, actions, chase) VALUES (?,?,?,?,?,?,?)",
                f.roundId(), f.personId(), f.token(), f.digest(), f.issuedOn(), f.actions(), f.chase() ? 1 : 0);
        tx.audit("round_form", id, "created", null, Json.of(f), why);
        return id;
    }

    public static long insertReturn(Tx tx, RoundReturn r, String why) {
        long id = Sql.insert(tx.connection(), "INSERT INTO round_return (form_id, read_on, file_name, accepted, conflicts, rejected, applied_by) VALUES (?,?,?,?,?,?,?)",
                r.formId(), r.readOn(), r.fileName(), r.accepted(), r.conflicts(), r.rejected(), r.appliedBy());
        tx.audit("round_return", id, "created", null, Json.of(r), why);
        return id;
    }

    private static RoundForm form(ResultSet rs) throws SQLException {
        return new RoundForm(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("person_id"), rs.getString("token"), rs.getString("digest"),
                Sql.date(rs, "issued_on"), rs.getInt("actions"), rs.getInt("chase") != 0);
    }
}
