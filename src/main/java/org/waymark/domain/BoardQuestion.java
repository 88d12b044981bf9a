package org.waymark.domain;

import java.time.LocalDate;

/**
 * A board member's question or comment on an action ({@code actionId}, {@code actionRef}) or on a section of the
 * board pack ({@code section}), asked against the plan whose audit chain ended at {@code chainRow} / {@code chainHash}.
 * {@code uid} is the question's own id in the member's file, so reading the same file twice records nothing twice.
 * The answer is empty until the improvement lead gives one.
 */
public record BoardQuestion(long id, String uid, Long meetingId, String meeting, String askedBy, LocalDate askedOn, Kind kind,
                            Long actionId, String actionRef, String section, String text, long chainRow, String chainHash,
                            String answer, String answeredBy, LocalDate answeredOn) {

    public enum Kind {
        QUESTION("Question"), COMMENT("Comment");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    public boolean answered() { return answer != null && !answer.isBlank(); }

    public BoardQuestion withId(long newId) {
        return new BoardQuestion(newId, uid, meetingId, meeting, askedBy, askedOn, kind, actionId, actionRef, section, text, chainRow,
                chainHash, answer, answeredBy, answeredOn);
    }

    public BoardQuestion withAnswer(String newAnswer, String by, LocalDate on) {
        return new BoardQuestion(id, uid, meetingId, meeting, askedBy, askedOn, kind, actionId, actionRef, section, text, chainRow,
                chainHash, newAnswer, by, on);
    }
}
