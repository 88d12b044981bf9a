package org.waymark.ui.command;

import org.waymark.app.ActionService;
import org.waymark.app.EvidenceFileService;
import org.waymark.app.ImportService;
import org.waymark.app.PeopleService;
import org.waymark.app.PlanImporter;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
import org.waymark.app.RevisionRequests;
import org.waymark.app.RegimeService;
import org.waymark.app.SettingsService;
import org.waymark.app.SourceService;
import org.waymark.app.TagService;
import org.waymark.domain.FrameworkTag;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;
import org.waymark.domain.BragKey;
import org.waymark.domain.Organisation;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.Committee;
import org.waymark.domain.DateRevision;
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Person;
import org.waymark.domain.ProgressUpdate;
import org.waymark.domain.RegulatorySource;
import org.waymark.domain.Requirement;
import org.waymark.domain.Theme;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.waymark.ui.command.SimpleEdit.keeping;

/**
 * Makes the undoable command for every edit the window offers. The one place views get commands from. An add
 * keeps the record the service returns, so its undo takes back exactly that row without reloading the plan.
 */
public final class PlanEdits {

    private final PlanSession session;
    private final ActionService actions;
    private final SourceService sources;
    private final PeopleService people;
    private final SettingsService settings;
    private final TagService tags;
    private final RevisionRequests revisions;

    public PlanEdits(PlanSession session) {
        this.session = session;
        this.actions = new ActionService(session);
        this.sources = new SourceService(session);
        this.people = new PeopleService(session);
        this.settings = new SettingsService(session);
        this.tags = new TagService(session);
        this.revisions = new RevisionRequests(session);
    }

    /** What a posted update's undo needs: the action as it was (progress and status may move) and the update. */
    private record Posted(Action before, ProgressUpdate update) {}

    /** Posts a dated progress update; undo deletes it and puts back the progress and status it may have moved. */
    public Command postUpdate(long actionId, String text, Integer progress) {
        return keeping("post update", () -> new Posted(action(actionId), actions.post(actionId, text, progress)), posted -> {
            actions.deleteUpdate(posted.update(), "Undo: post update");
            if (!action(actionId).equals(posted.before())) actions.restore(posted.before(), "Undo: post update");
        });
    }

    public Command changeStatus(long actionId, ActionStatus status) {
        String d = "set status to " + status.label();
        ActionStatus shown = action(actionId).status();
        return new ActionRowEdit(session, actionId, d, () -> actions.changeStatus(actionId, shown, status, "Status: " + status.label()));
    }

    /** The details edited from {@code shown}, the action as the editor showed it, so others' changes since are kept. */
    public Command editDetails(Action shown, Action edited) {
        return new ActionRowEdit(session, edited.id(), "edit details of " + edited.ref(), () -> actions.editDetails(shown, edited, "Details edited"));
    }

    /** Moves the due date with its reason, interim control and approver; undo withdraws the revision. */
    public Command reviseDueDate(long actionId, LocalDate newDue, String reason, String interimControl, String approvedBy) {
        return keeping("revise due date", () -> actions.reviseDueDate(actionId, newDue, reason, interimControl, approvedBy, null),
                made -> actions.withdrawRevision(made, "Undo: revise due date"));
    }

    /** Asks for a new due date; the date moves only when someone approves it (see {@link org.waymark.app.RevisionRequests}). */
    public Command requestRevision(long actionId, LocalDate newDue, String reason, String interimControl) {
        return RevisionEdits.request(revisions, actionId, newDue, reason, interimControl);
    }

    public Command approveRevision(DateRevision pending, String comment) { return RevisionEdits.approve(revisions, pending, comment); }

    public Command rejectRevision(DateRevision pending, String comment) { return RevisionEdits.reject(revisions, pending, comment); }

    public Command editApproverMustDiffer(boolean before, boolean after) { return RevisionEdits.approverMustDiffer(revisions, before, after); }

    public Command addEvidence(long actionId, String kind, String reference, String description) {
        return keeping("add evidence", () -> actions.addEvidence(actionId, kind, reference, description),
                added -> actions.removeEvidence(added, "Undo: add evidence"));
    }

    /** Attaches a file (copied into the plan) or links one where it lies; undo takes the item and its file record back. */
    public Command addEvidenceFile(long actionId, Path file, boolean link, String kind, String detail) {
        EvidenceFileService files = new EvidenceFileService(session);
        String what = (link ? "link " : "attach ") + file.getFileName();
        return keeping(what, () -> link ? files.link(actionId, file, kind, detail) : files.attach(actionId, file, kind, detail),
                added -> files.remove(added, "Undo: " + what));
    }

    /** Undo puts the item back as it was before the verification; redo puts the verification back as it was made. */
    public Command verifyEvidence(EvidenceItem item, String verifiedBy) {
        record Verified(EvidenceItem before, EvidenceItem after) {}
        AtomicReference<Verified> made = new AtomicReference<>();
        return new SimpleEdit("verify evidence", () -> {
            EvidenceItem before = session.plan().evidenceOf(item.actionId()).stream().filter(e -> e.id() == item.id()).findFirst()
                    .orElseThrow(() -> new Refused("evidence", "That evidence item no longer exists. Reload the plan."));
            made.set(new Verified(before, actions.verifyEvidence(before, verifiedBy, null)));
        }, () -> actions.saveEvidence(made.get().after(), made.get().before(), "Undo: verify evidence"),
                () -> actions.saveEvidence(made.get().before(), made.get().after(), "Redo: verify evidence"));
    }

    public Command signOff(long actionId, String by, Long committeeId) {
        return new ActionRowEdit(session, actionId, "sign off", () -> actions.signOff(actionId, by, committeeId, null));
    }

    /** Blue is checked before anything is written, so a refusal leaves nothing to undo. */
    public Command overrideBrag(long actionId, Brag brag, String reason) {
        return new ActionRowEdit(session, actionId, "set BRAG to " + brag.label(), () -> actions.overrideBrag(actionId, brag, reason));
    }

    public Command clearOverride(long actionId) {
        return new ActionRowEdit(session, actionId, "clear BRAG override", () -> actions.clearOverride(actionId, "BRAG override cleared"));
    }

    /**
     * The undo removes the action with the tags it has by then (added in the editor since, or by a colleague on a
     * shared plan); the redo puts both back, so a redo never loses a tag the undo took.
     */
    public Command addAction(Action draft, AtomicLong createdId) {
        java.util.concurrent.atomic.AtomicReference<java.util.List<FrameworkTag>> taken = new java.util.concurrent.atomic.AtomicReference<>(java.util.List.of());
        return new SimpleEdit("add action " + draft.ref(),
                () -> createdId.set(actions.add(draft)),
                () -> {
                    taken.set(tags.tags().stream().filter(t -> Long.valueOf(createdId.get()).equals(t.actionId())).toList());
                    actions.removeAction(createdId.get(), "Undo: add action " + draft.ref());
                },
                () -> createdId.set(actions.add(draft, taken.get())));
    }

    public Command addSource(RegulatorySource s) {
        return keeping("add source " + s.reference(), () -> sources.addSource(s), added -> sources.removeSource(added, "Undo: add source"));
    }

    public Command editSource(RegulatorySource before, RegulatorySource after) {
        return new SimpleEdit("edit source " + after.reference(),
                () -> sources.editSource(before, after), () -> sources.editSource(after, before), () -> sources.editSource(before, after));
    }

    public Command addRequirement(Requirement r) {
        return keeping("add requirement " + r.ref(), () -> sources.addRequirement(r), added -> sources.removeRequirement(added, "Undo: add requirement"));
    }

    public Command editRequirement(Requirement before, Requirement after) {
        return new SimpleEdit("edit requirement " + after.ref(),
                () -> sources.editRequirement(before, after), () -> sources.editRequirement(after, before), () -> sources.editRequirement(before, after));
    }

    public Command addPerson(Person p) {
        return keeping("add " + p.name(), () -> people.addPerson(p), added -> people.removePerson(added, "Undo: add person"));
    }

    public Command editPerson(Person before, Person after) {
        return new SimpleEdit("edit " + after.name(),
                () -> people.editPerson(before, after), () -> people.editPerson(after, before), () -> people.editPerson(before, after));
    }

    public Command addCommittee(String name) {
        return keeping("add committee " + name, () -> people.addCommittee(name), added -> people.removeCommittee(added, "Undo: add committee"));
    }

    public Command renameCommittee(Committee before, String name) {
        return new SimpleEdit("rename committee " + before.name(),
                () -> people.renameCommittee(before, name),
                () -> people.renameCommittee(committee(before.id()), before.name()),
                () -> people.renameCommittee(committee(before.id()), name));
    }

    public Command addTheme(String name, String description) {
        return keeping("add theme " + name, () -> people.addTheme(name, description), added -> people.removeTheme(added, "Undo: add theme"));
    }

    public Command editTheme(Theme before, Theme after) {
        return new SimpleEdit("edit theme " + after.name(),
                () -> people.editTheme(before, after), () -> people.editTheme(after, before), () -> people.editTheme(before, after));
    }

    public Command editOrganisation(Organisation before, Organisation after) {
        return new SimpleEdit("edit organisation settings",
                () -> settings.saveOrganisation(before, after), () -> settings.saveOrganisation(after, before), () -> settings.saveOrganisation(before, after));
    }

    /** A dated step in the regime history; undo takes it back out (audited, like every undo). */
    public Command recordRegimeStep(RegimeEntry step) {
        RegimeService regimes = new RegimeService(session);
        String what = step.event().label().toLowerCase(Locale.UK) + " " + step.regime();
        return keeping("regime: " + what, () -> regimes.record(step), regimes::undo);
    }

    public Command editBragKey(BragKey before, BragKey after) {
        return new SimpleEdit("edit the BRAG key",
                () -> settings.saveBragKey(before, after), () -> settings.saveBragKey(after, before), () -> settings.saveBragKey(before, after));
    }

    public Command editEvidenceLimit(int beforeMb, int afterMb) {
        EvidenceFileService files = new EvidenceFileService(session);
        return new SimpleEdit("change the evidence file size limit",
                () -> files.saveLimitMb(afterMb), () -> files.saveLimitMb(beforeMb), () -> files.saveLimitMb(afterMb));
    }

    /**
     * Writes an import's checked rows in one transaction, one undo step: undo takes back every row the import
     * created (actions, findings, people, services, tags, evidence, updates), redo writes the rows again.
     */
    public Command importRows(PlanImporter.Prepared prepared) {
        ImportService imports = new ImportService(session);
        String what = "import from " + prepared.sourceFileName();
        return keeping(what, () -> imports.commit(prepared.sourceFileName(), prepared.rows()), imported -> imports.takeBack(imported, "Undo: " + what));
    }

    private Action action(long id) {
        return session.plan().action(id).orElseThrow(() -> new Refused("action", "That action no longer exists. Reload the plan."));
    }

    public Command tagFinding(long requirementId, Framework framework, FrameworkItem item) { return TagEdits.add(tags, requirementId, null, framework, item); }

    public Command tagAction(long actionId, Framework framework, FrameworkItem item) { return TagEdits.add(tags, null, actionId, framework, item); }

    public Command removeTag(FrameworkTag tag) { return TagEdits.remove(tags, tag); }

    public Command confirmTag(FrameworkTag tag) { return TagEdits.confirm(tags, tag); }

    public Command replaceTag(FrameworkTag tag, Framework framework, FrameworkItem item) { return TagEdits.replace(tags, tag, framework, item); }

    public Command changeFramework(Framework to) { return TagEdits.changeFramework(tags, to); }

    private Committee committee(long id) {
        return session.plan().committees().stream().filter(c -> c.id() == id).findFirst().orElseThrow(() -> new Refused("committee", "That committee no longer exists."));
    }
}
