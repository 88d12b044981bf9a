package org.waymark.app.questions;

import org.waymark.app.PackSection;
import org.waymark.app.Refused;
import org.waymark.domain.Action;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.Plan;

import java.util.HashSet;
import java.util.Set;

/**
 * Judges a questions file against the plan it claims to be about. The whole file is refused on the first fault,
 * naming the question, so the lead never records half of a file that was damaged or meant for another plan.
 */
final class QuestionCheck {

    static final int MAX_QUESTIONS = 500;
    static final int MAX_TEXT = 4000;

    private final Plan plan;
    private final String name;

    QuestionCheck(Plan plan, String fileName) {
        this.plan = plan;
        this.name = fileName;
    }

    void plan(QuestionsFile f, String identity) {
        QuestionsFile.PlanRef p = f.plan();
        if (p == null || p.identity() == null || !p.identity().equals(identity)) {
            String org = p == null || p.organisation() == null ? "another plan" : "a plan of " + p.organisation();
            throw new Refused("file", name + " holds questions about " + org + ", not this one. Open the plan the board member reviewed, then read it again.");
        }
    }

    BoardMeeting meeting(QuestionsFile f) {
        QuestionsFile.MeetingRef m = f.meeting();
        if (m == null || m.id() == null) throw new Refused("file", name + " does not say which board meeting it is for. Ask the board member to save it again from Waymark.");
        return plan.boardMeetings().stream().filter(b -> b.id() == m.id()).findFirst()
                .orElseThrow(() -> new Refused("file", name + " is for the meeting \"" + m.name() + "\", which is no longer in this plan. Add the meeting back, or ask the member to ask again."));
    }

    void member(QuestionsFile f) {
        if (f.member() == null || f.member().isBlank() || f.member().length() > 200) {
            throw new Refused("file", name + " does not name the board member who asked. Ask them to save it again from Waymark.");
        }
        if (f.questions().isEmpty()) throw new Refused("file", name + " holds no questions.");
        if (f.questions().size() > MAX_QUESTIONS) {
            throw new Refused("file", name + " holds " + f.questions().size() + " questions; a file may hold at most " + MAX_QUESTIONS + ". Ask the member to split it.");
        }
    }

    /** What the question is about, as the lead reads it; refuses a question that names nothing in this plan. */
    String against(int number, QuestionsFile.Asked q, Set<String> seen) {
        String which = "Question " + number + " in " + name;
        if (q == null || q.uid() == null || q.uid().isBlank() || q.uid().length() > 64 || !seen.add(q.uid())) {
            throw new Refused("file", which + " has a missing or repeated identity; the file has been edited. Ask the member to send the file Waymark saved.");
        }
        if (q.kind() == null) throw new Refused("file", which + " does not say whether it is a question or a comment.");
        if (q.text() == null || q.text().isBlank()) throw new Refused("file", which + " is empty.");
        if (q.text().length() > MAX_TEXT) throw new Refused("file", which + " is " + q.text().length() + " characters long; the most is " + MAX_TEXT + ".");
        if (q.askedOn() == null) throw new Refused("file", which + " has no date.");
        if ((q.actionId() == null) == (q.section() == null)) {
            throw new Refused("file", which + " must be about one action or one section of the pack.");
        }
        if (q.actionId() != null) {
            Action a = plan.actions().stream().filter(x -> x.id() == q.actionId()).findFirst().orElse(null);
            if (a == null || !a.ref().equals(q.actionRef())) {
                throw new Refused("file", which + " is about action " + q.actionRef() + ", which is not in this plan"
                        + (a == null ? "" : " under that number (it is now " + a.ref() + ")") + ". The file may be for another copy of the plan.");
            }
            return a.ref() + " " + a.title();
        }
        for (PackSection s : PackSection.values()) if (s.key().equals(q.section())) return "Section: " + s.title();
        throw new Refused("file", which + " is about a section \"" + q.section() + "\" that the board pack does not have.");
    }

    static Set<String> seen() { return new HashSet<>(); }
}
