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
        if (assurance == null) assurance = AssuranceLevel.NOT_CHOSEN;
        keyQuestions = keyQuestions == null || keyQuestions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keyQuestions));
        bafRisks = clean(bafRisks);
        previouslyConsideredBy = clean(previouslyConsideredBy);
        recommendation = clean(recommendation);
        executiveSummary = clean(executiveSummary);
    }

    /**
     * What a meeting's cover says before anyone has filled it in: enough for a pack to be usable. The lead director
     * is the plan's own person who leads the most actions, named as the plan names them; the author and the
     * assurance level are left for the author to give.
     */
    public static BoardPackCover defaultFor(BoardMeeting meeting, Plan plan) {
        return new BoardPackCover(meeting.id(), "", "CQC improvement plan: progress report", "", leadDirector(plan),
                PaperPurpose.INFORMATION, AssuranceLevel.NOT_CHOSEN, EnumSet.allOf(KeyQuestion.class), "", "",
                "The board is asked to note progress against the CQC improvement plan and the exceptions reported.", "");
    }

    /** The executive lead of the most actions (the first in the people list on a tie), or empty when none is set. */
    static String leadDirector(Plan plan) {
        java.util.Map<Long, Integer> led = new java.util.HashMap<>();
        for (Action a : plan.actions()) if (a.executiveLeadId() != null) led.merge(a.executiveLeadId(), 1, Integer::sum);
        Person best = null;
        for (Person p : plan.people()) {
            int n = led.getOrDefault(p.id(), 0);
            if (n > 0 && (best == null || n > led.get(best.id()))) best = p;
        }
        return best == null ? "" : best.name();
    }

    /** The key questions in their usual order, for display. */
    public java.util.List<KeyQuestion> keyQuestionsInOrder() {
        return keyQuestions.isEmpty() ? java.util.List.of() : java.util.List.copyOf(EnumSet.copyOf(keyQuestions));
    }

    private static String clean(String s) { return s == null ? "" : s.strip(); }
}
