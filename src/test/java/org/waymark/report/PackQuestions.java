package org.waymark.report;

import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.questions.QuestionService;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardQuestion;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** Puts a board member's questions on the meeting before the latest one, as they arrive: asked, read back, recorded, one answered. */
final class PackQuestions {

    private PackQuestions() {}

    static List<BoardQuestion> askAndAnswer(PlanSession s) {
        List<BoardMeeting> byDate = s.plan().boardMeetings().stream().sorted(Comparator.comparing(BoardMeeting::meetingDate)).toList();
        BoardMeeting previous = byDate.get(byDate.size() - 2);
        QuestionService q = new QuestionService(s);
        long action = s.plan().actions().get(0).id();
        q.ask("Dr Ruth Okafor", previous.id(), new QuestionService.Target.OnAction(action), BoardQuestion.Kind.QUESTION,
                "What stops this slipping again? <script>alert(1)</script>");
        Path file = q.ask("Dr Ruth Okafor", previous.id(), new QuestionService.Target.OnSection(PackSection.EXCEPTIONS), BoardQuestion.Kind.COMMENT,
                "The exception report reads well.");
        List<BoardQuestion> recorded = q.record(q.readBack(file));
        q.answer(recorded.get(0).id(), "A weekly check by the deputy director & a revised trajectory.");
        return q.all();
    }
}
