package org.waymark.app;

import org.waymark.domain.RegulatorySource;
import org.waymark.domain.Requirement;
import org.waymark.store.PlanStore;

/** Loading notices and findings into the plan: sources and the requirements they set. */
public final class SourceService {

    private final PlanSession session;

    public SourceService(PlanSession session) { this.session = session; }

    /** Returns the source as stored, with its id: what an undo takes back, without reloading the plan. */
    public RegulatorySource addSource(RegulatorySource s) {
        if (s.reference() == null || s.reference().isBlank()) throw new Refused("reference", "Give the source's reference.");
        if (s.title() == null || s.title().isBlank()) throw new Refused("title", "Give the source a title.");
        long id = session.write("Source added", tx -> PlanStore.insertSource(tx, s, "Source added"));
        return new RegulatorySource(id, s.kind(), s.reference(), s.title(), s.issued(), s.regulations());
    }

    public void editSource(RegulatorySource before, RegulatorySource after) {
        session.write("Source edited", tx -> { PlanStore.updateSource(tx, before, after, "Source edited"); return null; });
    }

    /** Returns the requirement as stored, with its id. */
    public Requirement addRequirement(Requirement r) {
        validate(r);
        long id = session.write("Requirement added", tx -> PlanStore.insertRequirement(tx, r, "Requirement added"));
        return new Requirement(id, r.sourceId(), r.ref(), r.priority(), r.text(), r.regulation(), r.keyQuestion(), r.coreServiceId(), r.deadline());
    }

    public void editRequirement(Requirement before, Requirement after) {
        validate(after);
        session.write("Requirement edited", tx -> { PlanStore.updateRequirement(tx, before, after, "Requirement edited"); return null; });
    }

    /** Takes back a source added in error (undo of add). Refused while it still has requirements. */
    public void removeSource(RegulatorySource s, String why) {
        if (session.plan().requirements().stream().anyMatch(r -> r.sourceId() == s.id())) {
            throw new Refused("source", "This source still has requirements; remove them first.");
        }
        session.write(why, tx -> { PlanStore.deleteSource(tx, s, why); return null; });
    }

    /** Takes back a requirement added in error (undo of add). Refused while actions answer it. */
    public void removeRequirement(Requirement r, String why) {
        if (session.plan().actions().stream().anyMatch(a -> Long.valueOf(r.id()).equals(a.requirementId()))) {
            throw new Refused("requirement", "Actions still answer this requirement; move or remove them first.");
        }
        session.write(why, tx -> { PlanStore.deleteRequirement(tx, r, why); return null; });
    }

    private static void validate(Requirement r) {
        if (r.text() == null || r.text().isBlank()) throw new Refused("text", "Give the requirement's text.");
        if (r.priority() == null) throw new Refused("priority", "Choose must do or should do.");
        if (r.regulation() != null && (r.regulation() < 9 || r.regulation() > 20)) {
            throw new Refused("regulation", "Regulations are numbered 9 to 20 (20A is entered as 20).");
        }
    }
}
