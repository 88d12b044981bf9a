package org.waymark.app;

import org.waymark.domain.*;
import org.waymark.store.PlanStore;

import java.time.LocalDate;
import java.util.List;

/** What an action owner or the PMO does to an action. Each method is one audited transaction. */
public final class ActionService {

    private final PlanSession session;

    public ActionService(PlanSession session) { this.session = session; }

    public long add(Action draft) { return add(draft, List.of()); }

    /**
     * Adds an action with framework tags, in one write: the redo of an added action whose undo took its tags away
     * (the tags' own ids and action ids are ignored).
     */
    public long add(Action draft, List<FrameworkTag> tags) {
        return session.write("Action added", tx -> {
            if (PlanStore.actionRefTaken(tx, draft.ref())) throw new Refused("ref", "Reference " + draft.ref() + " is already used. Choose another.");
            Action a = draft.originalDue() != null && draft.currentDue() == null ? draft.withCurrentDue(draft.originalDue()) : draft;
            long id = PlanStore.insertAction(tx, a, "Action added");
            for (FrameworkTag t : tags) PlanStore.insertTag(tx, new FrameworkTag(0, null, id, t.framework(), t.code(), t.needsReview()), "Action added");
            return id;
        });
    }

    /** Takes back an action added in error (undo of add). Refused once it has updates, evidence or revisions. */
    public void removeAction(long actionId, String why) {
        Plan plan = session.plan();
        if (!plan.updatesOf(actionId).isEmpty() || !plan.evidenceOf(actionId).isEmpty() || !plan.revisionsOf(actionId).isEmpty()
                || !plan.milestonesOf(actionId).isEmpty()) {
            throw new Refused("action", "This action already has updates, evidence, milestones or revised dates, so it cannot be removed.");
        }
        session.write(why, tx -> { PlanStore.deleteAction(tx, PlanStore.action(tx, actionId), why); return null; });
    }

    /** Saves edited details. Due dates, status, BRAG and sign-off have their own audited paths, so they are kept. */
    public void editDetails(Action edited, String why) {
        session.write(why, tx -> {
            Action stored = PlanStore.action(tx, edited.id());
            if (!stored.ref().equals(edited.ref()) && PlanStore.actionRefTaken(tx, edited.ref())) {
                throw new Refused("ref", "Reference " + edited.ref() + " is already used. Choose another.");
            }
            LocalDate originalDue = stored.originalDue() == null ? edited.originalDue() : stored.originalDue();
            LocalDate currentDue = stored.currentDue() == null ? edited.originalDue() : stored.currentDue();
            Action kept = new Action(stored.id(), edited.ref(), edited.title(), edited.description(), edited.requirementId(),
                    edited.themeId(), edited.executiveLeadId(), edited.operationalLeadId(), edited.committeeId(), edited.start(),
                    originalDue, currentDue, stored.status(), stored.progress(), stored.override(), stored.signOff());
            PlanStore.updateAction(tx, stored, kept, why);
            return null;
        });
    }

    /**
     * Saves what the user changed on the action as they were shown it. A field they left alone keeps what is stored
     * now, so someone else's change to it (on a shared plan, or from a form round) survives. A field both changed,
     * differently, is refused with both values, and nothing is written: the editor keeps what was typed.
     */
    public void editDetails(Action shown, Action edited, String why) {
        session.write(why, tx -> {
            Action stored = PlanStore.action(tx, edited.id());
            ActionMerge merge = ActionMerge.of(shown, edited, stored);
            if (!merge.conflicts().isEmpty()) {
                throw new Refused("conflict", "Someone else changed " + stored.ref() + " since you opened it: " + String.join("; ", merge.conflicts())
                        + " (" + ChangedBy.of(tx, stored.id(), session.clock().getZone()) + "). Your change was not saved. Look at theirs, then make yours again.");
            }
            Action merged = merge.action();
            if (!stored.ref().equals(merged.ref()) && PlanStore.actionRefTaken(tx, merged.ref())) {
                throw new Refused("ref", "Reference " + merged.ref() + " is already used. Choose another.");
            }
            PlanStore.updateAction(tx, stored, merged, why);
            return null;
        });
    }

    /** Puts every field of an action back as it was, e.g. for undo. */
    public void restore(Action previous, String why) {
        session.write(why, tx -> {
            PlanStore.updateAction(tx, PlanStore.action(tx, previous.id()), previous, why);
            return null;
        });
    }

    /**
     * Undo and redo: puts the action back to {@code previous} only if it is still as {@code expected} left it.
     * Otherwise someone changed it since, and putting the old row back would silently undo their change too.
     */
    public void restore(Action previous, Action expected, String why) {
        session.write(why, tx -> {
            Action stored = PlanStore.action(tx, previous.id());
            if (!stored.equals(expected)) {
                throw new Refused("conflict", stored.ref() + " has changed since your edit (" + String.join("; ", ActionMerge.differences(expected, stored))
                        + "; " + ChangedBy.of(tx, stored.id(), session.clock().getZone()) + "), so it cannot be put back without losing that change. Edit it by hand instead.");
            }
            PlanStore.updateAction(tx, stored, previous, why);
            return null;
        });
    }

    public long postUpdate(long actionId, String text, Integer progress) { return post(actionId, text, progress).id(); }

    /** Posts a dated progress update (moving the action's progress, and its status off Not started) and returns it as stored. */
    public ProgressUpdate post(long actionId, String text, Integer progress) {
        EditChecks.require(EditChecks.update(text, progress));
        return session.write("Progress update", tx -> {
            Action stored = PlanStore.action(tx, actionId);
            ProgressUpdate draft = new ProgressUpdate(0, actionId, session.today(), session.user(), text.strip(), progress);
            long id = PlanStore.insertUpdate(tx, draft, "Progress update");
            if (progress != null && progress != stored.progress()) {
                ActionStatus status = stored.status() == ActionStatus.NOT_STARTED && progress > 0 ? ActionStatus.IN_PROGRESS : stored.status();
                PlanStore.updateAction(tx, stored, stored.withStatus(status, progress), "Progress update");
            }
            return new ProgressUpdate(id, draft.actionId(), draft.postedOn(), draft.author(), draft.text(), draft.progress());
        });
    }

    public void deleteUpdate(ProgressUpdate update, String why) {
        session.write(why, tx -> { PlanStore.deleteUpdate(tx, update, why); return null; });
    }

    public void changeStatus(long actionId, ActionStatus status, String why) { changeStatus(actionId, null, status, why); }

    /**
     * The same, refused when the status is no longer {@code shown} (what the user saw when choosing): someone else
     * set it since, and silently replacing their choice would lose it. Null means "whatever it is now".
     */
    public void changeStatus(long actionId, ActionStatus shown, ActionStatus status, String why) {
        session.write(why, tx -> {
            Action stored = PlanStore.action(tx, actionId);
            if (shown != null && stored.status() != shown) {
                throw new Refused("conflict", "Someone else set the status of " + stored.ref() + " to " + stored.status().label() + " since you opened it ("
                        + ChangedBy.of(tx, actionId, session.clock().getZone()) + "). Your change was not saved. Look at theirs, then choose again.");
            }
            int progress = status == ActionStatus.COMPLETE ? 100 : stored.progress();
            PlanStore.updateAction(tx, stored, stored.withStatus(status, progress), why);
            return null;
        });
    }

    /**
     * Moves the due date. Boards need to know why it moved, what keeps patients safe meanwhile (when it slipped),
     * and who approved it. A new date in the past is refused: it would make the action overdue the moment it was
     * revised. Moving it earlier is allowed with a reason, and reads as "brought forward", never as negative slip.
     * This records an approval already given (at a committee, say); where the plan needs a second person, or another
     * date awaits approval, it is refused and {@link RevisionRequests} is the way.
     */
    public DateRevision reviseDueDate(long actionId, LocalDate newDue, String reason, String interimControl, String approvedBy, LocalDate approvedOn) {
        Plan plan = session.plan();
        // The typed fields first, then whether the approver may approve: the message a user reads is the first thing to fix.
        plan.action(actionId).ifPresent(a -> EditChecks.require(EditChecks.revision(a, newDue, reason, interimControl, approvedBy, session.today())));
        EditChecks.require(EditChecks.allowed(plan, "approvedBy", approvedBy, Person.Permission.APPROVE));
        return session.write("Due date revised", tx -> {
            Action stored = PlanStore.action(tx, actionId);
            EditChecks.require(EditChecks.revision(stored, newDue, reason, interimControl, approvedBy, session.today()));
            new RevisionRequests(session).refuseDirectRevision(tx, actionId);
            LocalDate old = stored.currentDue() != null ? stored.currentDue() : stored.originalDue();
            String control = interimControl == null || interimControl.isBlank() ? "None needed: the date was brought forward" : interimControl.strip();
            DateRevision r = new DateRevision(0, actionId, old, newDue, reason.strip(), control, Identity.recorded(approvedBy),
                    approvedOn == null ? session.today() : approvedOn);
            long id = PlanStore.insertRevision(tx, r, reason.strip());
            PlanStore.updateAction(tx, stored, stored.withCurrentDue(newDue), reason.strip());
            return new DateRevision(id, r.actionId(), r.oldDue(), r.newDue(), r.reason(), r.interimControl(), r.approvedBy(), r.approvedOn());
        });
    }

    /** Takes a revision back (undo): the due date returns to what it was before it. */
    public void withdrawRevision(DateRevision revision, String why) {
        session.write(why, tx -> {
            Action stored = PlanStore.action(tx, revision.actionId());
            PlanStore.deleteRevision(tx, revision, why);
            PlanStore.updateAction(tx, stored, stored.withCurrentDue(revision.oldDue()), why);
            return null;
        });
    }

    /** Returns the item as stored, with its id: what an undo takes back, without reloading the plan. */
    public EvidenceItem addEvidence(long actionId, String kind, String reference, String description) {
        EditChecks.require(EditChecks.evidence(reference));
        EvidenceItem item = new EvidenceItem(0, actionId, kind == null || kind.isBlank() ? "Document" : kind.strip(),
                reference.strip(), description == null ? "" : description.strip(), session.today(), null, null, null);
        return session.write("Evidence added", tx -> {
            PlanStore.action(tx, actionId);
            return item.withId(PlanStore.insertEvidence(tx, item, "Evidence added"));
        });
    }

    /** Returns the item as verified. */
    public EvidenceItem verifyEvidence(EvidenceItem item, String verifiedBy, LocalDate on) {
        EditChecks.require(EditChecks.verification(verifiedBy));
        EvidenceFiles.requirePresent(item.reference());
        EditChecks.require(EditChecks.allowed(session.plan(), "verifiedBy", verifiedBy, Person.Permission.VERIFY));
        EvidenceItem verified = new EvidenceItem(item.id(), item.actionId(), item.kind(), item.reference(), item.description(),
                item.added(), Identity.recorded(verifiedBy), on == null ? session.today() : on, item.reviewDate());
        session.write("Evidence verified", tx -> { PlanStore.updateEvidence(tx, item, verified, "Evidence verified"); return null; });
        return verified;
    }

    public void saveEvidence(EvidenceItem before, EvidenceItem after, String why) {
        session.write(why, tx -> { PlanStore.updateEvidence(tx, before, after, why); return null; });
    }

    public void removeEvidence(EvidenceItem item, String why) {
        session.write(why, tx -> { PlanStore.deleteEvidence(tx, item, why); return null; });
    }

    public void signOff(long actionId, String by, Long committeeId, LocalDate on) {
        EditChecks.require(EditChecks.signOff(by));
        EditChecks.require(EditChecks.allowed(session.plan(), "signedOffBy", by, Person.Permission.SIGN_OFF));
        session.write("Assurance sign-off", tx -> {
            Action stored = PlanStore.action(tx, actionId);
            PlanStore.updateAction(tx, stored, stored.withSignOff(new SignOff(Identity.recorded(by), committeeId, on == null ? session.today() : on)), "Assurance sign-off");
            return null;
        });
    }

    /**
     * Sets BRAG by hand. Blue is refused unless the action is complete with verified evidence and a sign-off:
     * a board must be able to trust the Blue.
     */
    public void overrideBrag(long actionId, Brag brag, String reason) {
        EditChecks.require(EditChecks.override(reason));
        Plan plan = session.plan();
        Action current = plan.action(actionId).orElseThrow(() -> new Refused("action", "The action no longer exists."));
        if (brag == Brag.BLUE) EditChecks.require(EditChecks.blue(current, plan.evidenceOf(actionId)));
        session.write("BRAG override", tx -> {
            Action stored = PlanStore.action(tx, actionId);
            PlanStore.updateAction(tx, stored, stored.withOverride(new BragOverride(brag, reason.strip())), reason.strip());
            return null;
        });
    }

    public void clearOverride(long actionId, String why) {
        session.write(why, tx -> {
            Action stored = PlanStore.action(tx, actionId);
            PlanStore.updateAction(tx, stored, stored.withOverride(null), why);
            return null;
        });
    }

    public long addMilestone(long actionId, String title, LocalDate due) {
        if (title == null || title.isBlank()) throw new Refused("title", "Give the milestone a title.");
        return session.write("Milestone added", tx -> PlanStore.insertMilestone(tx, new Milestone(0, actionId, title.strip(), due, null), "Milestone added"));
    }
}
