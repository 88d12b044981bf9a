package org.waymark.app.questions;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.domain.Action;
import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardQuestion;
import org.waymark.store.ChainAnchor;
import org.waymark.store.QuestionStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Board questions, the same way back as update forms: a member asks on a read-only plan and the questions go to a
 * small file beside it (the plan is never written); the lead reads the file back, records the questions, answers
 * them, and every recording and answer is audited.
 */
public final class QuestionService {

    private final PlanSession session;

    public QuestionService(PlanSession session) { this.session = session; }

    /** What a question is about: one action, or one section of the board pack. */
    public sealed interface Target {
        record OnAction(long actionId) implements Target {}
        record OnSection(PackSection section) implements Target {}
    }

    /** The member's file for that meeting, beside the plan. */
    public Path fileFor(String member, BoardMeeting meeting) {
        return org.waymark.app.PlanFolder.of(session).resolve(QuestionsFiles.fileName(member, meeting.name(), meeting.meetingDate()));
    }

    /**
     * Adds a question to the member's file for that meeting, starting the file if there is none. Reads the plan and
     * writes only the file, so it works on a plan open read-only.
     */
    public Path ask(String member, long meetingId, Target target, BoardQuestion.Kind kind, String text) {
        if (member == null || member.isBlank()) throw new Refused("member", "Give your name, so the improvement lead knows who asked.");
        if (text == null || text.isBlank()) throw new Refused("text", "Write the question or comment first.");
        if (text.strip().length() > QuestionCheck.MAX_TEXT) throw new Refused("text", "Keep it under " + QuestionCheck.MAX_TEXT + " characters.");
        BoardMeeting meeting = session.plan().boardMeetings().stream().filter(m -> m.id() == meetingId).findFirst()
                .orElseThrow(() -> new Refused("meeting", "Choose a board meeting from the list."));
        QuestionsFile.Asked asked = asked(target, kind, text.strip());
        Path file = fileFor(member, meeting);
        QuestionsFile current = Files.exists(file) ? mine(QuestionsFiles.read(file), file) : fresh(member.strip(), meeting);
        if (current.questions().size() >= QuestionCheck.MAX_QUESTIONS) {
            throw new Refused("text", "This file already holds " + QuestionCheck.MAX_QUESTIONS + " questions. Send it, then start another.");
        }
        // The head moves on if the lead's copy changed; the file keeps the newest head the member saw.
        QuestionsFile.PlanRef ref = planRef();
        QuestionsFile updated = new QuestionsFile(current.format(), current.version(), ref, current.meeting(), current.member(), current.questions()).with(asked);
        QuestionsFiles.write(updated, file);
        return file;
    }

    private QuestionsFile.Asked asked(Target target, BoardQuestion.Kind kind, String text) {
        String uid = UUID.randomUUID().toString();
        if (target instanceof Target.OnAction a) {
            Action action = session.plan().actions().stream().filter(x -> x.id() == a.actionId()).findFirst()
                    .orElseThrow(() -> new Refused("action", "That action is no longer in the plan."));
            return new QuestionsFile.Asked(uid, session.today(), kind, action.id(), action.ref(), null, text);
        }
        return new QuestionsFile.Asked(uid, session.today(), kind, null, null, ((Target.OnSection) target).section().key(), text);
    }

    private QuestionsFile fresh(String member, BoardMeeting m) {
        return new QuestionsFile(QuestionsFile.FORMAT, QuestionsFile.VERSION, planRef(),
                new QuestionsFile.MeetingRef(m.id(), m.name(), m.meetingDate()), member, List.of());
    }

    /** Refuses to add to a file of the same name that belongs to another plan, rather than mix two plans' questions. */
    private QuestionsFile mine(QuestionsFile existing, Path file) {
        new QuestionCheck(session.plan(), file.getFileName().toString()).plan(existing, identity());
        return existing;
    }

    private QuestionsFile.PlanRef planRef() {
        ChainAnchor.Point head = session.read(ChainAnchor::head).orElseThrow(() -> new Refused("plan", "This plan has no audit log, so questions cannot be tied to it."));
        return new QuestionsFile.PlanRef(identity(), session.plan().organisation().name(), head.row(), head.hash());
    }

    private String identity() {
        return session.read(ChainAnchor::root).map(ChainAnchor.Point::hash)
                .orElseThrow(() -> new Refused("plan", "This plan has no audit log, so questions cannot be tied to it."));
    }

    /** Reads a member's file against this plan, listing each question beside its action or section. Writes nothing. */
    public ReadBack readBack(Path file) {
        QuestionsFile f = QuestionsFiles.read(file);
        String name = file.getFileName().toString();
        QuestionCheck check = new QuestionCheck(session.plan(), name);
        check.plan(f, identity());
        QuestionsFile.PlanRef p = f.plan();
        boolean inChain = session.read(c -> ChainAnchor.row(c, p.chainRow())).map(pt -> pt.hash().equals(p.chainHash())).orElse(false);
        if (!inChain) {
            throw new Refused("file", name + " was asked against a state of this plan (audit row " + p.chainRow() + ") that this plan's history does not contain. "
                    + "The member's copy may have been changed outside Waymark; ask them to reopen the plan you sent and ask again.");
        }
        BoardMeeting meeting = check.meeting(f);
        check.member(f);
        Set<String> seen = QuestionCheck.seen();
        List<ReadBack.Listed> listed = new ArrayList<>();
        boolean table = session.read(QuestionStore::present);
        for (int i = 0; i < f.questions().size(); i++) {
            QuestionsFile.Asked q = f.questions().get(i);
            String against = check.against(i + 1, q, seen);
            listed.add(new ReadBack.Listed(q, against, table && session.read(c -> QuestionStore.byUid(c, q.uid())).isPresent()));
        }
        return new ReadBack(file, f, meeting, listed);
    }

    /** Records the questions not yet in the plan, as one audited change; returns what was recorded (for undo). */
    public List<BoardQuestion> record(ReadBack read) {
        refuseReadOnly();
        QuestionsFile f = read.content();
        String why = "Board questions from " + f.member() + " (" + read.meeting().name() + ")";
        return session.write(why, tx -> {
            List<BoardQuestion> out = new ArrayList<>();
            for (ReadBack.Listed l : read.questions()) {
                QuestionsFile.Asked q = l.asked();
                if (QuestionStore.byUid(tx.connection(), q.uid()).isPresent()) continue;
                BoardQuestion bq = new BoardQuestion(0, q.uid(), read.meeting().id(), read.meeting().name(), f.member(), q.askedOn(), q.kind(),
                        q.actionId(), q.actionRef(), q.section(), q.text(), f.plan().chainRow(), f.plan().chainHash(), null, null, null);
                out.add(bq.withId(QuestionStore.insert(tx, bq, why)));
            }
            return out;
        });
    }

    /** Takes recorded questions out again (the undo of {@link #record}); audited like any other change. */
    public void unrecord(List<BoardQuestion> recorded, String why) {
        refuseReadOnly();
        session.write(why, tx -> {
            for (BoardQuestion q : recorded) QuestionStore.byId(tx.connection(), q.id()).ifPresent(now -> QuestionStore.delete(tx, now, why));
            return null;
        });
    }

    /** Answers (or, with a blank answer, withdraws the answer to) a question; returns the question as it was. */
    public BoardQuestion answer(long questionId, String answer) {
        refuseReadOnly();
        String text = answer == null || answer.isBlank() ? null : answer.strip();
        if (text != null && text.length() > QuestionCheck.MAX_TEXT) throw new Refused("answer", "Keep the answer under " + QuestionCheck.MAX_TEXT + " characters.");
        return session.write("Answer to a board question", tx -> {
            BoardQuestion before = QuestionStore.byId(tx.connection(), questionId)
                    .orElseThrow(() -> new Refused("question", "That question is no longer in the plan. Reload the plan."));
            BoardQuestion after = text == null ? before.withAnswer(null, null, null) : before.withAnswer(text, session.user(), session.today());
            QuestionStore.update(tx, before, after, "Answer to a board question from " + before.askedBy());
            return before;
        });
    }

    /** Puts an earlier answer back exactly (the undo of {@link #answer}). */
    public void restore(BoardQuestion earlier) {
        refuseReadOnly();
        session.write("Answer to a board question restored", tx -> {
            BoardQuestion now = QuestionStore.byId(tx.connection(), earlier.id())
                    .orElseThrow(() -> new Refused("question", "That question is no longer in the plan."));
            QuestionStore.update(tx, now, earlier, "Answer to a board question restored");
            return null;
        });
    }

    public List<BoardQuestion> all() {
        // A plan open read-only at an older schema has no such table yet, and so no questions.
        return session.read(c -> QuestionStore.present(c) ? QuestionStore.all(c) : List.of());
    }

    /** The questions asked at the last meeting before this date, for "Questions from the last board and answers". */
    public PackContent.LastBoardQuestions fromLastBoard(LocalDate before) {
        Optional<BoardMeeting> last = session.plan().boardMeetings().stream().filter(m -> m.meetingDate().isBefore(before))
                .max(Comparator.comparing(BoardMeeting::meetingDate));
        if (last.isEmpty()) return PackContent.LastBoardQuestions.NONE;
        long id = last.get().id();
        return new PackContent.LastBoardQuestions(last, all().stream().filter(q -> q.meetingId() != null && q.meetingId() == id).toList());
    }

    private void refuseReadOnly() {
        if (session.readOnly()) throw new Refused("plan", "This plan is open read-only. Open it for editing to record or answer board questions.");
    }
}
