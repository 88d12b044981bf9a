package org.waymark.ui.command;

import org.waymark.app.questions.QuestionService;
import org.waymark.app.questions.ReadBack;
import org.waymark.domain.BoardQuestion;

import java.util.List;

/** The lead's writes on board questions, as undoable commands: recording a member's file, and answering. */
public final class QuestionEdits {

    private QuestionEdits() {}

    /** Records the file's new questions; undo takes them out again (audited both ways). */
    public static Command record(QuestionService service, ReadBack read) {
        String what = "Record board questions from " + read.content().member();
        List<List<BoardQuestion>> recorded = new java.util.ArrayList<>(List.of(List.of()));
        SimpleEdit.Step run = () -> recorded.set(0, service.record(read));
        return new SimpleEdit(what, run, () -> service.unrecord(recorded.get(0), "Undo: " + what), run);
    }

    /** Answers a question (a blank answer withdraws it); undo puts the earlier answer back exactly. */
    public static Command answer(QuestionService service, long questionId, String answer) {
        BoardQuestion[] before = new BoardQuestion[1];
        SimpleEdit.Step run = () -> before[0] = service.answer(questionId, answer);
        return new SimpleEdit("Answer a board question", run, () -> service.restore(before[0]), run);
    }
}
