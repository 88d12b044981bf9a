package org.waymark.app.demo;

import org.waymark.domain.*;
import org.waymark.store.PlanStore;
import org.waymark.store.Tx;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;

/** Writes one demo action with the updates, evidence, revisions and milestones its state implies. */
record StoryAction(Tx tx, ActionSpec spec, LocalDate now, Random random, String why) {

    long write() {
        State state = effectiveState();
        LocalDate due = spec.due();
        LocalDate current = switch (state) {
            case SLIP -> later(due, 4);
            case DRIFT -> later(due, 8);
            default -> due;
        };
        ActionStatus status = switch (state) {
            case BLUE, DONE -> ActionStatus.COMPLETE;
            case HOLD -> ActionStatus.ON_HOLD;
            case NEW -> ActionStatus.NOT_STARTED;
            default -> ActionStatus.IN_PROGRESS;
        };
        int expected = expected(spec.start(), current, now);
        int progress = switch (state) {
            case BLUE, DONE -> 100;
            case NEW -> 0;
            case RISK -> Math.max(10, expected - 30);
            case LATE -> 60 + random.nextInt(25);
            case HOLD -> 30;
            default -> Math.min(95, expected + 5 + random.nextInt(10));
        };
        Action draft = new Action(0, spec.ref(), spec.title(), description(), spec.requirement().id(), spec.themeId(),
                spec.executiveLeadId(), spec.operationalLeadId(), spec.committeeId(), spec.start(), due, current, status, progress, null, null);
        long id = PlanStore.insertAction(tx, draft, why);
        revisions(id, state, due);
        updates(id, state, progress);
        evidence(id, state, current);
        milestones(id, current);
        if (state == State.BLUE) {
            Action stored = PlanStore.action(tx, id);
            PlanStore.updateAction(tx, stored, stored.withSignOff(new SignOff(committeeName(), spec.committeeId(), signOffDate(current))), why);
        }
        return id;
    }

    /** A synthetic action whose dates contradict its drawn state is given the state its dates imply. */
    private State effectiveState() {
        State s = spec.state();
        boolean past = spec.due().isBefore(now);
        if ((s == State.ON || s == State.RISK || s == State.NEW || s == State.PENDING) && past) return State.LATE;
        if (s == State.LATE && !past) return State.ON;
        if (s == State.NEW && spec.start().isBefore(now.minusMonths(6))) return State.ON;
        return s;
    }

    /** Revised dates land after today, so a revised action is not also overdue. */
    private LocalDate later(LocalDate due, int months) {
        LocalDate d = due.plusMonths(months);
        while (!d.isAfter(now)) d = d.plusMonths(2);
        return d;
    }

    private static int expected(LocalDate start, LocalDate due, LocalDate today) {
        long span = Math.max(1, ChronoUnit.DAYS.between(start, due));
        long gone = ChronoUnit.DAYS.between(start, today);
        return (int) Math.max(0, Math.min(100, 100 * gone / span));
    }

    private String description() {
        return "Responds to " + spec.requirement().ref() + ": " + spec.requirement().text();
    }

    private void revisions(long id, State state, LocalDate due) {
        if (state == State.SLIP) {
            revise(id, due, later(due, 4), "Supplier delivery slipped by three months", "Manual checks continue weekly and are reported to the executive lead");
        } else if (state == State.DRIFT) {
            LocalDate mid = due.plusMonths(4);
            revise(id, due, mid, "Recruitment to the project team took longer than planned", "Existing process continues with daily supervisor sign-off");
            revise(id, mid, later(due, 8), "Winter pressures paused the rollout", "Escalation to the on-call manager for every affected case");
        } else if (state == State.PENDING) {
            PlanStore.insertRevision(tx, new DateRevision(0, id, due, due.plusMonths(3), "Test window with the supplier moved to the new year",
                    "Business continuity plan rehearsed; manual fallback staffed at each EOC", null, null), "Revision requested");
        }
    }

    private void revise(long id, LocalDate from, LocalDate to, String reason, String control) {
        LocalDate approved = from.minusDays(10).isAfter(now) ? now : from.minusDays(10);
        PlanStore.insertRevision(tx, new DateRevision(0, id, from, to, reason, control, DemoContent.nameOf("Director of Nursing and Quality"), approved), reason);
    }

    private void updates(long id, State state, int progress) {
        int n = state == State.NEW ? 0 : 1 + random.nextInt(3);
        LocalDate last = now.isBefore(spec.due()) ? now : spec.due();
        long span = Math.max(1, ChronoUnit.DAYS.between(spec.start(), last));
        for (int i = 1; i <= n; i++) {
            LocalDate posted = spec.start().plusDays(span * i / (n + 1));
            String text = DemoContent.UPDATE_TEXTS.get(random.nextInt(DemoContent.UPDATE_TEXTS.size()));
            Integer p = i == n ? Integer.valueOf(progress) : Integer.valueOf(progress * i / (n + 1));
            PlanStore.insertUpdate(tx, new ProgressUpdate(0, id, posted, "Operational lead", text, p), why);
        }
    }

    private void evidence(long id, State state, LocalDate due) {
        if (state != State.BLUE && state != State.DONE) return;
        boolean verified = state == State.BLUE;
        LocalDate added = due.isAfter(now) ? now.minusDays(14) : due.minusDays(7);
        PlanStore.insertEvidence(tx, new EvidenceItem(0, id, "Document", "Evidence/" + spec.ref() + "/completion-report.pdf",
                "Completion report with audit results", added, verified ? DemoContent.nameOf("Head of Clinical Governance") : null,
                verified ? added.plusDays(5) : null, verified ? added.plusMonths(6) : null), why);
        if (verified) {
            PlanStore.insertEvidence(tx, new EvidenceItem(0, id, "Minutes", "Board papers/" + spec.ref() + "-committee-minutes",
                    "Committee minutes recording assurance", added.plusDays(3), "Company Secretary", added.plusDays(6), null), why);
        }
    }

    private void milestones(long id, LocalDate due) {
        long span = ChronoUnit.DAYS.between(spec.start(), due);
        if (span < 60 || random.nextInt(3) == 0) return;
        LocalDate m1 = spec.start().plusDays(span / 3), m2 = spec.start().plusDays(2 * span / 3);
        PlanStore.insertMilestone(tx, new Milestone(0, id, "Plan and resources agreed", m1, m1.isBefore(now) ? m1 : null), why);
        PlanStore.insertMilestone(tx, new Milestone(0, id, "Pilot complete", m2, m2.isBefore(now.minusDays(20)) ? m2 : null), why);
    }

    private String committeeName() { return DemoContent.nameOf("Company Secretary"); }

    private LocalDate signOffDate(LocalDate due) {
        LocalDate d = due.plusDays(21);
        return d.isAfter(now) ? now.minusDays(3) : d;
    }
}
