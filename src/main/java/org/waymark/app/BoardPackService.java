package org.waymark.app;

import org.waymark.app.questions.QuestionService;

import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.Movement;
import org.waymark.domain.Plan;
import org.waymark.domain.Snapshot;
import org.waymark.store.BoardPackCovers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The board meetings a pack can be made for, their cover sheets, and everything a pack shows. */
public final class BoardPackService {

    private final PlanSession session;

    public BoardPackService(PlanSession session) { this.session = session; }

    public List<BoardMeeting> meetings() { return session.plan().boardMeetings(); }

    /** "latest", a meeting id, or a meeting's exact name; empty when nothing matches. */
    public Optional<BoardMeeting> meeting(String idOrName) {
        List<BoardMeeting> all = meetings();
        if (idOrName == null || idOrName.isBlank() || idOrName.strip().toLowerCase(Locale.ROOT).equals("latest")) {
            return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
        }
        String want = idOrName.strip();
        for (BoardMeeting m : all) if (String.valueOf(m.id()).equals(want) || m.name().equalsIgnoreCase(want)) return Optional.of(m);
        return Optional.empty();
    }

    public BoardMeeting meeting(long id) {
        return meetings().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new Refused("meeting", "Board meeting " + id + " is not in this plan. Choose a meeting from the list."));
    }

    /** The stored cover sheet, or a sensible default the user can edit. */
    public BoardPackCover cover(long meetingId) {
        BoardMeeting m = meeting(meetingId);
        return session.read(c -> BoardPackCovers.load(c, meetingId)).orElseGet(() -> BoardPackCover.defaultFor(m, session.plan()));
    }

    public void saveCover(long meetingId, BoardPackCover cover) {
        if (session.readOnly()) throw new Refused("cover", "This plan is open read-only. Open it for editing to change the cover sheet.");
        if (cover == null) throw new Refused("cover", "There is no cover sheet to save.");
        if (cover.boardMeetingId() != meetingId) throw new Refused("cover", "This cover sheet belongs to another meeting.");
        if (cover.title().isEmpty()) throw new Refused("title", "Give the paper a title.");
        meeting(meetingId);
        BoardPackCover before = session.read(c -> BoardPackCovers.load(c, meetingId)).orElse(null);
        if (cover.equals(before)) return;
        session.write("Board pack cover sheet", tx -> {
            if (!BoardPackCovers.meetingExists(tx, meetingId)) throw new Refused("meeting", "That board meeting no longer exists. Reload the plan.");
            BoardPackCovers.save(tx, before, cover, "Board pack cover sheet");
            return null;
        });
    }

    /** Everything a pack for this meeting shows, computed once from the current plan. */
    public PackContent content(long meetingId, Set<PackSection> sections) {
        if (sections == null || sections.isEmpty()) throw new Refused("sections", "Choose at least one section for the pack.");
        TagService tags = new TagService(session);
        RegimeService regimes = new RegimeService(session);
        Plan plan = session.plan();
        BoardMeeting meeting = meeting(meetingId);
        Optional<Snapshot> baseline = baseline(plan, meeting);
        Movement movement = baseline.map(s -> Movement.between(s.rows(), plan.currentRows(session.today())))
                .orElse(Movement.between(List.of(), List.of()));
        return new PackContent(plan, session.today(), meeting, cover(meetingId), session.readiness(), baseline, movement, Set.copyOf(sections),
                ChainHead.of(session), new EvidenceFileService(session).files(), new QuestionService(session).fromLastBoard(meeting.meetingDate()),
                regimes.status(), regimes.steps(), tags.framework(), tags.coverage());
    }

    /**
     * A pack for a plan with no board meeting yet (a plan just made with {@code new} and {@code import}): the plan
     * as at today, under a default cover, with no earlier snapshot to compare. Nothing is written to the plan.
     */
    public PackContent contentAsAtToday(Set<PackSection> sections) {
        if (sections == null || sections.isEmpty()) throw new Refused("sections", "Choose at least one section for the pack.");
        TagService tags = new TagService(session);
        RegimeService regimes = new RegimeService(session);
        Plan plan = session.plan();
        LocalDate today = session.today();
        BoardMeeting asAt = new BoardMeeting(0, "Report as at " + today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), today);
        return new PackContent(plan, today, asAt, BoardPackCover.defaultFor(asAt, plan), session.readiness(), Optional.empty(),
                Movement.between(List.of(), List.of()), Set.copyOf(sections), ChainHead.of(session),
                new EvidenceFileService(session).files(), new QuestionService(session).fromLastBoard(today),
                regimes.status(), regimes.steps(), tags.framework(), tags.coverage());
    }

    /** The snapshot of the previous board: the latest one taken for a meeting before this one. */
    static Optional<Snapshot> baseline(Plan plan, BoardMeeting meeting) {
        return plan.snapshots().stream()
                .filter(s -> plan.boardMeetings().stream().anyMatch(m -> m.id() == s.boardMeetingId() && m.meetingDate().isBefore(meeting.meetingDate())))
                .max(Comparator.comparing(Snapshot::takenAt));
    }
}
