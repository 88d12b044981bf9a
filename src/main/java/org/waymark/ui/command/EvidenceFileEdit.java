package org.waymark.ui.command;

import org.waymark.app.EvidenceFileService;
import org.waymark.app.PlanSession;
import org.waymark.domain.EvidenceItem;

import java.nio.file.Path;

/** Attaching a file to an action (copied into the plan) or linking one where it lies; undo takes the item back. */
public final class EvidenceFileEdit implements Command {

    private final PlanSession session;
    private final long actionId;
    private final Path file;
    private final boolean link;
    private final String kind;
    private final String detail;
    private EvidenceItem added;

    private EvidenceFileEdit(PlanSession session, long actionId, Path file, boolean link, String kind, String detail) {
        this.session = session;
        this.actionId = actionId;
        this.file = file;
        this.link = link;
        this.kind = kind;
        this.detail = detail;
    }

    public static EvidenceFileEdit attach(PlanSession s, long actionId, Path file, String kind, String detail) {
        return new EvidenceFileEdit(s, actionId, file, false, kind, detail);
    }

    public static EvidenceFileEdit link(PlanSession s, long actionId, Path file, String kind, String detail) {
        return new EvidenceFileEdit(s, actionId, file, true, kind, detail);
    }

    @Override public String description() { return (link ? "link " : "attach ") + file.getFileName(); }

    @Override public void execute() {
        EvidenceFileService files = new EvidenceFileService(session);
        long id = link ? files.link(actionId, file, kind, detail) : files.attach(actionId, file, kind, detail);
        added = EvidenceEdits.find(session, actionId, id, "");
    }

    @Override public void undo() {
        new EvidenceFileService(session).remove(EvidenceEdits.find(session, actionId, added.id(), added.reference()), "Undo: " + description());
    }
}
