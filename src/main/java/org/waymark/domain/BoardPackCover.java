package org.waymark.domain;

import java.util.EnumSet;
import java.util.Set;

/** The cover sheet of the board pack for one board meeting, in the form NHS board papers use. */
public record BoardPackCover(long boardMeetingId, String agendaItem, String title, String author, String leadDirector,
                             PaperPurpose purpose, AssuranceLevel assurance, Set<KeyQuestion> keyQuestions,
                             String bafRisks, String previouslyConsideredBy, String recommendation, String executiveSummary) {

    public BoardPackCover {
        agendaItem = clean(agendaItem);
        title = clean(title);
        author = clean(author);
        leadDirector = clean(leadDirector);
        if (purpose == null) purpose = PaperPurpose.INFORMATION;
        if (assurance == null) assurance = AssuranceLevel.REASONABLE;
        keyQuestions = keyQuestions == null || keyQuestions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keyQuestions));
        bafRisks = clean(bafRisks);
        previouslyConsideredBy = clean(previouslyConsideredBy);
        recommendation = clean(recommendation);
        executiveSummary = clean(executiveSummary);
    }

    /** What a meeting's cover says before anyone has filled it in: enough for a pack to be usable. */
    public static BoardPackCover defaultFor(BoardMeeting meeting) {
        return new BoardPackCover(meeting.id(), "", "CQC improvement plan: progress report", "Head of Quality Governance",
                "Director of Quality and Nursing", PaperPurpose.INFORMATION, AssuranceLevel.REASONABLE,
                EnumSet.allOf(KeyQuestion.class), "", "",
                "The board is asked to note progress against the CQC improvement plan and the exceptions reported.", "");
    }

    /** The key questions in their usual order, for display. */
    public java.util.List<KeyQuestion> keyQuestionsInOrder() {
        return keyQuestions.isEmpty() ? java.util.List.of() : java.util.List.copyOf(EnumSet.copyOf(keyQuestions));
    }

    private static String clean(String s) { return s == null ? "" : s.strip(); }
}
