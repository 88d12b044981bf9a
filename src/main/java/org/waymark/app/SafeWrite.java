package org.waymark.app;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The one way a command writes to a plan, the same as the window's open for editing ({@link PlanOpener}): the real
 * file behind any symlink, the safe-open checks (SQLite, schema, chain, the log proving the data), the lock, a
 * backup before the change, and a refusal to write into a plan whose chain or data is broken unless the user
 * accepts that explicitly, which is itself audited. A plan with a schema Waymark did not create is never written.
 */
public final class SafeWrite {

    private SafeWrite() {}

    /** Opens a plan file or a shared plan ({@code postgresql://…}) for a writing command, as {@link #open(Path, String, Clock, boolean, String)}. */
    public static PlanSession open(String location, String user, Clock clock, boolean acceptBroken, String command) {
        return PlanSession.isShared(location) ? openShared(location, user, clock, acceptBroken, command) : open(Path.of(location), user, clock, acceptBroken, command);
    }

    /**
     * A shared plan has no file lock and no backup to take (the server keeps it, and many people write at once), but
     * the same refusal: its schema is checked by the open, and its chain and data here, before anything is written.
     */
    private static PlanSession openShared(String location, String user, Clock clock, boolean acceptBroken, String command) {
        PlanSession session = PlanSession.open(location, false, user, clock);
        try {
            AuditCheck audit = session.verifyAudit();
            DataCheck data = audit.intact() ? session.read(IntegrityChecks::data) : null;
            if (audit.intact() && data.proven()) return session;
            String described = audit.intact() ? data.summary() : "the audit trail is " + audit.describe();
            if (!acceptBroken) {
                throw new PlanException(PlanException.Kind.BROKEN, "The shared plan cannot be trusted: " + described + ". Nothing was written. "
                        + "Tell the plan's database administrator, or give --accept-broken to write anyway (that choice is recorded in the audit trail).", null);
            }
            PlanOpener.recordAcceptedBroken(session, described, command + " with --accept-broken");
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Opens {@code file} for a writing command. Throws {@link PlanException} when the plan cannot be written safely;
     * nothing has been written then.
     */
    public static PlanSession open(Path file, String user, Clock clock, boolean acceptBroken, String command) {
        OpenedPlan opened = PlanOpener.forCurrentUser().open(file, false, user, clock, acceptBroken ? command + " with --accept-broken" : null);
        PlanSession session = opened.session();
        try {
            if (opened.access() == OpenedPlan.Access.READ_ONLY_UNEXPECTED_SCHEMA) {
                throw new PlanException(PlanException.Kind.UNEXPECTED_SCHEMA, String.join(" ", opened.notices()).replaceFirst("^Open read-only: t", "T")
                        + " Nothing was written.", null);
            }
            if (opened.access() == OpenedPlan.Access.READ_ONLY_BROKEN) {
                throw new PlanException(PlanException.Kind.BROKEN, "The plan's audit trail is " + opened.audit().describe()
                        + ". Nothing was written. Keep the file as evidence and restore a backup, or give --accept-broken to write anyway"
                        + " (that choice is recorded in the audit trail).", null);
            }
            if (opened.access() != OpenedPlan.Access.EDITING) {
                PlanException.Kind kind = opened.access() == OpenedPlan.Access.READ_ONLY_IN_USE ? PlanException.Kind.BUSY : PlanException.Kind.READ_ONLY;
                throw new PlanException(kind, String.join(" ", opened.notices()) + " Nothing was written.", null);
            }
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }
}
