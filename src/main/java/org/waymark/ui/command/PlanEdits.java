package org.waymark.ui.command;

import org.waymark.app.ActionService;
import org.waymark.app.PeopleService;
import org.waymark.app.PlanSession;
import org.waymark.app.Refused;
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
import org.waymark.domain.EvidenceItem;
import org.waymark.domain.Person;
import org.waymark.domain.RegulatorySource;
import org.waymark.domain.Requirement;
import org.waymark.domain.Theme;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Makes the undoable command for every edit the window offers. The one place views get commands from. */
public final class PlanEdits {

    private final PlanSession session;
    private final ActionService actions;
    private final SourceService sources;
    private final PeopleService people;
    private final SettingsService settings;
    private final TagService tags;

    public PlanEdits(PlanSession session) {
        this.session = session;
        this.actions = new ActionService(session);
        this.sources = new SourceService(session);
        this.people = new PeopleService(session);
        this.settings = new SettingsService(session);
        this.tags = new TagService(session);
    }

    public Command postUpdate(long actionId, String text, Integer progress) { return new PostUpdate(session, actionId, text, progress); }

    public Command changeStatus(long actionId, ActionStatus status) {
        String d = "set status to " + status.label();
        return new ActionRowEdit(session, actionId, d, () -> actions.changeStatus(actionId, status, "Status: " + status.label()));
    }

    public Command editDetails(Action edited) {
        return new ActionRowEdit(session, edited.id(), "edit details of " + edited.ref(), () -> actions.editDetails(edited, "Details edited"));
    }

    public Command reviseDueDate(long actionId, LocalDate newDue, String reason, String interimControl, String approvedBy) {
        return new ReviseDueDate(session, actionId, newDue, reason, interimControl, approvedBy);
    }

    public Command addEvidence(long actionId, String kind, String reference, String description) {
        return new EvidenceEdits.Add(session, actionId, kind, reference, description);
    }

    public Command verifyEvidence(EvidenceItem item, String verifiedBy) { return new EvidenceEdits.Verify(session, item, verifiedBy); }

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
        AtomicLong id = new AtomicLong();
        return new SimpleEdit("add source " + s.reference(),
                () -> id.set(sources.addSource(s)),
                () -> sources.removeSource(session.plan().source(id.get()).orElseThrow(), "Undo: add source"),
                () -> id.set(sources.addSource(s)));
    }

    public Command editSource(RegulatorySource before, RegulatorySource after) {
        return new SimpleEdit("edit source " + after.reference(),
                () -> sources.editSource(before, after), () -> sources.editSource(after, before), () -> sources.editSource(before, after));
    }

    public Command addRequirement(Requirement r) {
        AtomicLong id = new AtomicLong();
        return new SimpleEdit("add requirement " + r.ref(),
                () -> id.set(sources.addRequirement(r)),
                () -> sources.removeRequirement(session.plan().requirement(id.get()).orElseThrow(), "Undo: add requirement"),
                () -> id.set(sources.addRequirement(r)));
    }

    public Command editRequirement(Requirement before, Requirement after) {
        return new SimpleEdit("edit requirement " + after.ref(),
                () -> sources.editRequirement(before, after), () -> sources.editRequirement(after, before), () -> sources.editRequirement(before, after));
    }

    public Command addPerson(Person p) {
        AtomicLong id = new AtomicLong();
        return new SimpleEdit("add " + p.name(),
                () -> id.set(people.addPerson(p)),
                () -> people.removePerson(session.plan().person(id.get()).orElseThrow(), "Undo: add person"),
                () -> id.set(people.addPerson(p)));
    }

    public Command editPerson(Person before, Person after) {
        return new SimpleEdit("edit " + after.name(),
                () -> people.editPerson(before, after), () -> people.editPerson(after, before), () -> people.editPerson(before, after));
    }

    public Command addCommittee(String name) {
        AtomicLong id = new AtomicLong();
        return new SimpleEdit("add committee " + name,
                () -> id.set(people.addCommittee(name)),
                () -> people.removeCommittee(committee(id.get()), "Undo: add committee"),
                () -> id.set(people.addCommittee(name)));
    }

    public Command renameCommittee(Committee before, String name) {
        return new SimpleEdit("rename committee " + before.name(),
                () -> people.renameCommittee(before, name),
                () -> people.renameCommittee(committee(before.id()), before.name()),
                () -> people.renameCommittee(committee(before.id()), name));
    }

    public Command addTheme(String name, String description) {
        AtomicLong id = new AtomicLong();
        return new SimpleEdit("add theme " + name,
                () -> id.set(people.addTheme(name, description)),
                () -> people.removeTheme(theme(id.get()), "Undo: add theme"),
                () -> id.set(people.addTheme(name, description)));
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
        AtomicLong id = new AtomicLong();
        org.waymark.app.RegimeService regimes = new org.waymark.app.RegimeService(session);
        String what = step.event().label().toLowerCase(java.util.Locale.UK) + " " + step.regime();
        return new SimpleEdit("regime: " + what, () -> id.set(regimes.record(step)), () -> regimes.undo(id.get()), () -> id.set(regimes.record(step)));
    }

    public Command editBragKey(BragKey before, BragKey after) {
        return new SimpleEdit("edit the BRAG key",
                () -> settings.saveBragKey(before, after), () -> settings.saveBragKey(after, before), () -> settings.saveBragKey(before, after));
    }

    public Command editEvidenceLimit(int beforeMb, int afterMb) {
        org.waymark.app.EvidenceFileService files = new org.waymark.app.EvidenceFileService(session);
        return new SimpleEdit("change the evidence file size limit",
                () -> files.saveLimitMb(afterMb), () -> files.saveLimitMb(beforeMb), () -> files.saveLimitMb(afterMb));
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

    private Theme theme(long id) {
        return session.plan().themes().stream().filter(t -> t.id() == id).findFirst().orElseThrow(() -> new Refused("theme", "That theme no longer exists."));
    }
}
