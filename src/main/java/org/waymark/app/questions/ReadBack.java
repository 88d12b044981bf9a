package org.waymark.app.questions;

import org.waymark.domain.BoardMeeting;

import java.nio.file.Path;
import java.util.List;

/**
 * A questions file read back against the plan, like a form: each question beside what it is about. Nothing is
 * recorded until the lead says so; questions recorded from an earlier reading of the same file are marked.
 */
public record ReadBack(Path file, QuestionsFile content, BoardMeeting meeting, List<Listed> questions) {

    public ReadBack {
        questions = List.copyOf(questions);
    }

    /** One question, what it is about ("A012 Recruit paramedics", "Section: Exception report"), and whether it is already in the plan. */
    public record Listed(QuestionsFile.Asked asked, String against, boolean recordedBefore) {}

    public long fresh() { return questions.stream().filter(l -> !l.recordedBefore()).count(); }
}
