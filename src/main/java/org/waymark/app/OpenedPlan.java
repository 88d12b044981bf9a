package org.waymark.app;

import org.waymark.app.infra.LockInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * A plan opened through {@link PlanOpener}: the session, whether it could be opened for editing and, if not, why;
 * the audit chain's state (a broken chain is shown as a banner); and the backup taken on the way in.
 * Closing the session releases the plan's lock. {@code onNetworkDrive}: a plan file found on another computer's
 * disk, where the window offers to publish it to a shared plan instead.
 */
public record OpenedPlan(PlanSession session, Access access, LockInfo heldBy, AuditCheck audit, Path backup, List<String> notices,
                         boolean onNetworkDrive) {

    public OpenedPlan(PlanSession session, Access access, LockInfo heldBy, AuditCheck audit, Path backup, List<String> notices) {
        this(session, access, heldBy, audit, backup, notices, false);
    }

    /** How the plan ended up open. */
    public enum Access { EDITING, READ_ONLY_CHOSEN, READ_ONLY_IN_USE, READ_ONLY_NOT_WRITABLE, READ_ONLY_UNEXPECTED_SCHEMA,
        /** Asked for editing, but its audit trail is broken: editing needs an explicit, audited choice ({@link PlanOpener#open}). */
        READ_ONLY_BROKEN,
        /** Asked for editing, but the plan is keyed and its key is not on this computer: nobody here can extend its chain. */
        READ_ONLY_NO_KEY }

    public boolean auditBroken() { return !audit.intact(); }

    /** The text for the audit-broken banner, or null when the chain verifies. */
    public String auditWarning() {
        if (audit.intact()) return null;
        return "The audit trail of this plan is broken" + (audit.firstBadRow() == null ? "" : " at row " + audit.firstBadRow()) + ": " + audit.problem()
                + ". Changes may have been made outside Waymark. "
                + (access == Access.READ_ONLY_BROKEN ? "It is open read-only, so nothing is added to it by accident. " : "")
                + "Keep this file unchanged as evidence and tell the PMO, or restore a backup taken before the break (File › Restore backup…)"
                + (access == Access.READ_ONLY_BROKEN ? "; to carry on in this file, choose Edit anyway (your choice is recorded in the audit trail)." : ".");
    }
}
