package org.waymark.store;

import org.waymark.domain.AssuranceLevel;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.PaperPurpose;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The board-pack cover sheets, one per board meeting; every save is audited. */
public final class BoardPackCovers {

    private BoardPackCovers() {}

    public static Optional<BoardPackCover> load(Connection c, long meetingId) {
        List<BoardPackCover> found = Sql.query(c, "SELECT * FROM board_pack_cover WHERE board_meeting_id = ?", BoardPackCovers::cover, meetingId);
        return found.stream().findFirst();
    }

    public static boolean meetingExists(Tx tx, long meetingId) {
        return !Sql.query(tx.connection(), "SELECT 1 FROM board_meeting WHERE id = ?", rs -> 1, meetingId).isEmpty();
    }

    public static void save(Tx tx, BoardPackCover before, BoardPackCover after, String why) {
        Sql.update(tx.connection(), """
                INSERT INTO board_pack_cover (board_meeting_id, agenda_item, title, author, lead_director, purpose, assurance,
                    key_questions, baf_risks, previously_considered_by, recommendation, executive_summary)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
                ON CONFLICT(board_meeting_id) DO UPDATE SET agenda_item = excluded.agenda_item, title = excluded.title,
                    author = excluded.author, lead_director = excluded.lead_director, purpose = excluded.purpose,
                    assurance = excluded.assurance, key_questions = excluded.key_questions, baf_risks = excluded.baf_risks,
                    previously_considered_by = excluded.previously_considered_by, recommendation = excluded.recommendation,
                    executive_summary = excluded.executive_summary""",
                after.boardMeetingId(), after.agendaItem(), after.title(), after.author(), after.leadDirector(), after.purpose().name(),
                after.assurance().name(), questions(after.keyQuestions()), after.bafRisks(), after.previouslyConsideredBy(),
                after.recommendation(), after.executiveSummary());
        tx.audit("board_pack_cover", after.boardMeetingId(), before == null ? "created" : "details",
                before == null ? null : Json.of(before), Json.of(after), why);
    }

    static String questions(Set<KeyQuestion> qs) {
        return qs.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static BoardPackCover cover(ResultSet rs) throws SQLException {
        Set<KeyQuestion> qs = EnumSet.noneOf(KeyQuestion.class);
        Arrays.stream(rs.getString("key_questions").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(s -> qs.add(KeyQuestion.valueOf(s)));
        return new BoardPackCover(rs.getLong("board_meeting_id"), rs.getString("agenda_item"), rs.getString("title"),
                rs.getString("author"), rs.getString("lead_director"), PaperPurpose.valueOf(rs.getString("purpose")),
                AssuranceLevel.valueOf(rs.getString("assurance")), qs, rs.getString("baf_risks"),
                rs.getString("previously_considered_by"), rs.getString("recommendation"), rs.getString("executive_summary"));
    }
}
