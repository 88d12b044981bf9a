package org.waymark.app.questions;

import org.waymark.domain.BoardQuestion;

import java.time.LocalDate;
import java.util.List;

/**
 * What a board member's questions file holds: the plan it was asked against (its identity, the root of its audit
 * chain, and the chain's head at the time, so the lead knows which state of the plan the member saw), the meeting,
 * the member, and the questions. Kept beside the plan, never inside it: the member's copy stays read-only.
 */
public record QuestionsFile(String format, int version, PlanRef plan, MeetingRef meeting, String member, List<Asked> questions) {

    public static final String FORMAT = "waymark-board-questions";
    public static final int VERSION = 1;

    public QuestionsFile {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** The plan: its identity (the hash of its first audit row), the organisation, and the head the member saw. */
    public record PlanRef(String identity, String organisation, long chainRow, String chainHash) {}

    public record MeetingRef(Long id, String name, LocalDate date) {}

    /** One question or comment: on an action (id and ref) or on a pack section (its key), never both. */
    public record Asked(String uid, LocalDate askedOn, BoardQuestion.Kind kind, Long actionId, String actionRef, String section, String text) {}

    public QuestionsFile with(Asked q) {
        List<Asked> more = new java.util.ArrayList<>(questions);
        more.add(q);
        return new QuestionsFile(format, version, plan, meeting, member, more);
    }
}
