package org.waymark.store;

import org.waymark.domain.BoardQuestion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Board questions read back from members' files, and their answers; every write is audited through its row writer. */
public final class QuestionStore {

    private QuestionStore() {}

    /** Whether the plan's schema has board questions yet (a file opened read-only is never upgraded). */
    public static boolean present(Connection c) {
        return Dialect.of(c).hasTable(c, "board_question");
    }

    public static List<BoardQuestion> all(Connection c) {
        return Sql.query(c, "SELECT * FROM board_question ORDER BY id", QuestionStore::question);
    }

    public static Optional<BoardQuestion> byId(Connection c, long id) {
        return Sql.query(c, "SELECT * FROM board_question WHERE id = ?", QuestionStore::question, id).stream().findFirst();
    }

    public static Optional<BoardQuestion> byUid(Connection c, String uid) {
        return Sql.query(c, "SELECT * FROM board_question WHERE uid = ?", QuestionStore::question, uid).stream().findFirst();
    }

    public static long insert(Tx tx, BoardQuestion q, String why) { return Tables.BOARD_QUESTION.insert(tx, q, why); }

    public static void update(Tx tx, BoardQuestion before, BoardQuestion after, String why) {
        Tables.BOARD_QUESTION.update(tx, before.id(), before, after, why);
    }

    public static void delete(Tx tx, BoardQuestion q, String why) { Tables.BOARD_QUESTION.delete(tx, q.id(), Json.of(q), why); }

    private static BoardQuestion question(ResultSet rs) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        long action = rs.getLong("action_id");
        Long actionId = rs.wasNull() ? null : action;
        return new BoardQuestion(rs.getLong("id"), rs.getString("uid"), meetingId, rs.getString("meeting"), rs.getString("asked_by"),
                Sql.date(rs, "asked_on"), BoardQuestion.Kind.valueOf(rs.getString("kind")), actionId, rs.getString("action_ref"),
                rs.getString("section"), rs.getString("text"), rs.getLong("chain_row"), rs.getString("chain_hash"),
                rs.getString("answer"), rs.getString("answered_by"), Sql.date(rs, "answered_on"));
    }
}
