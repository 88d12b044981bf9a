package org.waymark.app;

import org.waymark.domain.Action;
import org.waymark.domain.DateRevision;
import org.waymark.domain.Person;
import org.waymark.store.AuditLog;
import org.waymark.store.AuditRow;
import org.waymark.store.PlanLoader;
import org.waymark.store.PlanStore;
import org.waymark.store.Tx;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * A new due date in two steps, so no one moves a date alone: someone asks for it (a pending revision, the date does
 * not move yet), and someone allowed to approve date revisions approves it, moving the date, or rejects it, removing
 * the request; either way with a comment that the audit trail keeps as the why. Who asked is the who of the audit
 * row that created the request: on a shared plan the database login, on a plan file the name the user gave.
 * Where the plan says so, the approver must be someone else.
 */
public final class RevisionRequests {

    /** The setting's key; "true" or "false". Absent, it follows the engine: see {@link #approverMustDiffer()}. */
    public static final String APPROVER_MUST_DIFFER = "revision_approver_must_differ";

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Who asked for a pending revision and on what day. */
    public record Request(DateRevision revision, String askedBy, LocalDate askedOn) {}

    private final PlanSession session;

    public RevisionRequests(PlanSession session) { this.session = session; }

    /**
     * Whether an approver must differ from whoever asked. Plans made before the setting existed have no row for it,
     * so the default is worked out, not stored: on for a shared plan, where the database proves each login, and off
     * for a plan file, often kept by one person whose name is only what they typed.
     */
    public boolean approverMustDiffer() { return session.read(this::approverMustDiffer); }

    boolean approverMustDiffer(Connection c) {
        String v = PlanStore.setting(c, APPROVER_MUST_DIFFER);
        return v == null ? session.file() == null : Boolean.parseBoolean(v.strip());
    }

    public void saveApproverMustDiffer(boolean on) {
        String before = session.read(c -> PlanStore.setting(c, APPROVER_MUST_DIFFER));
        if (before != null && Boolean.parseBoolean(before.strip()) == on) return;
        session.write("Date revision approval setting", tx -> {
            PlanStore.saveSetting(tx, APPROVER_MUST_DIFFER, before, Boolean.toString(on), "Date revision approval setting");
            return null;
        });
    }

    /** Asks for a new date: stored as a pending revision (no approver), while the action keeps its due date. */
    public DateRevision request(long actionId, LocalDate newDue, String reason, String interimControl) {
        session.plan().action(actionId).ifPresent(a -> EditChecks.require(EditChecks.request(a, newDue, reason, interimControl, session.today())));
        return session.write("New due date requested", tx -> {
            Action stored = PlanStore.action(tx, actionId);
            EditChecks.require(EditChecks.request(stored, newDue, reason, interimControl, session.today()));
            refuseWhileWaiting(tx, stored);
            LocalDate old = stored.currentDue() != null ? stored.currentDue() : stored.originalDue();
            String control = interimControl == null || interimControl.isBlank() ? "None needed: the date was brought forward" : interimControl.strip();
            DateRevision r = new DateRevision(0, actionId, old, newDue, reason.strip(), control, null, null);
            long id = PlanStore.insertRevision(tx, r, reason.strip());
            return new DateRevision(id, actionId, old, newDue, r.reason(), control, null, null);
        });
    }

    /**
     * Refuses a new date entered as already approved (ActionService's revision) where it would get round this
     * workflow: while another date awaits approval, or where the plan needs a second person to approve.
     */
    void refuseDirectRevision(Tx tx, long actionId) {
        if (approverMustDiffer(tx.connection())) {
            throw new Refused("approvedBy", "This plan needs a second person to approve each new date. Ask for the new date instead, "
                    + "and someone allowed to approve date revisions will approve it.");
        }
        refuseWhileWaiting(tx, PlanStore.action(tx, actionId));
    }

    /** One new date waits at a time: a second would be asked from a due date the first may move. */
    private static void refuseWhileWaiting(Tx tx, Action action) {
        PlanStore.revisions(tx.connection(), action.id()).stream().filter(DateRevision::pending).findFirst().ifPresent(r -> {
            throw new Refused("newDue", "A new date (" + UK.format(r.newDue()) + ") is already awaiting approval for " + action.ref()
                    + ". Approve or reject it first.");
        });
    }

    /** Takes back a request that is still pending (the undo of asking); the due date never moved. */
    public void withdraw(DateRevision pending, String why) {
        session.write(why, tx -> { PlanStore.deleteRevision(tx, stillPending(tx, pending), why); return null; });
    }

    /**
     * Approves a pending revision as the user: records them as approver, today, and moves the due date, in one
     * transaction whose why is the comment. Returns the revision as approved.
     */
    public DateRevision approve(DateRevision pending, String comment) {
        String why = comment(comment, "Say why the new date is approved: the audit trail keeps it.");
        return session.write(why, tx -> {
            Person approver = approver(tx.connection());
            DateRevision stored = stillPending(tx, pending);
            refuseSelfApproval(tx, stored);
            Action action = PlanStore.action(tx, stored.actionId());
            LocalDate due = action.currentDue() != null ? action.currentDue() : action.originalDue();
            if (!stored.oldDue().equals(due)) {
                throw new Refused("approval", action.ref() + " is now due " + UK.format(due) + ", not " + UK.format(stored.oldDue())
                        + " as when this date was asked for. Reject it and ask again from the current date.");
            }
            DateRevision approved = new DateRevision(stored.id(), stored.actionId(), stored.oldDue(), stored.newDue(), stored.reason(),
                    stored.interimControl(), approver.name() + " (" + Identity.account(session.user()) + ")", session.today());
            PlanStore.updateRevision(tx, stored, approved, why);
            PlanStore.updateAction(tx, action, action.withCurrentDue(stored.newDue()), why);
            return approved;
        });
    }

    /**
     * Undoes an approval: the revision is pending again and the due date goes back. Refused when either has changed
     * since (someone moved the date again, say): putting them back would undo that too.
     */
    public void unapprove(DateRevision approved, String why) {
        session.write(why, tx -> {
            Refused changed = new Refused("approval", "The new date or its revision has changed since it was approved, so the approval cannot be "
                    + "taken back. Look at the Dates tab and ask for a new date if one is needed.");
            DateRevision stored = PlanStore.revision(tx, approved.id()).filter(approved::equals).orElseThrow(() -> changed);
            Action action = PlanStore.action(tx, stored.actionId());
            if (!stored.newDue().equals(action.currentDue())) throw changed;
            PlanStore.updateRevision(tx, stored, new DateRevision(stored.id(), stored.actionId(), stored.oldDue(), stored.newDue(), stored.reason(),
                    stored.interimControl(), null, null), why);
            PlanStore.updateAction(tx, action, action.withCurrentDue(stored.oldDue()), why);
            return null;
        });
    }

    /** Rejects a pending revision: it is removed in one audited write whose why is the comment, and the due date stays. */
    public void reject(DateRevision pending, String comment) {
        String why = comment(comment, "Say why the new date is rejected: whoever asked for it will read this.");
        session.write(why, tx -> {
            approver(tx.connection());
            PlanStore.deleteRevision(tx, stillPending(tx, pending), why);
            return null;
        });
    }

    /**
     * Puts a rejected request back (the undo of a reject), as a new pending revision; returns it. Refused while a
     * second person must approve: the request put back would be the rejecter's, so its first asker could approve it.
     */
    public DateRevision reinstate(DateRevision rejected, String why) {
        return session.write(why, tx -> {
            PlanStore.action(tx, rejected.actionId());
            if (approverMustDiffer(tx.connection())) {
                throw new Refused("revision", "A rejected date cannot be put back while a second person must approve new dates: put back, it would "
                        + "count as your request, and its first asker could then approve it. Ask them to ask for the date again.");
            }
            return new DateRevision(PlanStore.insertRevision(tx, rejected, why), rejected.actionId(), rejected.oldDue(), rejected.newDue(),
                    rejected.reason(), rejected.interimControl(), null, null);
        });
    }

    /**
     * Who asked for each of an action's pending revisions, from the audit rows that created them. Read from the
     * database, not the loaded plan, so on a shared plan a colleague's new request is seen.
     */
    public List<Request> pendingOf(long actionId) {
        return session.read(c -> PlanStore.revisions(c, actionId).stream().filter(DateRevision::pending).map(r -> request(c, r)).toList());
    }

    /**
     * Why the user may not approve or reject this request, or empty when they may: the window disables its buttons
     * with this as the tooltip, and the app refuses with the same words.
     */
    public Optional<String> whyNotApprove(Request request) {
        try {
            session.read(this::approver);
        } catch (Refused r) {
            return Optional.of(r.getMessage());
        }
        return approverMustDiffer() && request.askedBy().equals(session.user()) ? Optional.of(selfApproval()) : Optional.empty();
    }

    /**
     * The plan's person the user is, allowed to approve date revisions. On a plan file the user is "Name (account)"
     * and the name is matched; on a shared plan the user is a database login, matched to a person by name or by the
     * part of their e-mail address before the @ (akhan@trust.nhs.uk is the login akhan).
     */
    private Person approver(Connection c) {
        String user = session.user();
        String name = Identity.nameOf(user);
        Person person = PlanLoader.people(c).stream().filter(p -> p.name().strip().equalsIgnoreCase(name)
                || p.email().strip().toLowerCase().startsWith(user.toLowerCase() + "@")).findFirst()
                .orElseThrow(() -> new Refused("approval", "Only people allowed to approve date revisions may approve or reject this, and you ("
                        + user + ") are not in People. Ask one of them, or add yourself in People"
                        + (session.file() == null ? " with an e-mail address starting " + user + "@, which is how this shared plan knows your login." : ".")));
        if (!person.mayApprove()) {
            throw new Refused("approval", person.name() + " is not allowed to approve date revisions. Ask someone who is, or allow it in People.");
        }
        return person;
    }

    private void refuseSelfApproval(Tx tx, DateRevision stored) {
        if (!approverMustDiffer(tx.connection())) return;
        if (request(tx.connection(), stored).askedBy().equals(session.user())) throw new Refused("approval", selfApproval());
    }

    private static String selfApproval() {
        return "You asked for this revision, so someone else must approve it: this plan requires the approver to differ from whoever asked. "
                + "Ask someone allowed to approve date revisions.";
    }

    /** The request as stored now, still pending; refused when it was approved, rejected or changed meanwhile. */
    private static DateRevision stillPending(Tx tx, DateRevision expected) {
        DateRevision stored = PlanStore.revision(tx, expected.id()).orElse(null);
        if (stored == null || !stored.pending() || !stored.newDue().equals(expected.newDue())) {
            throw new Refused("approval", "This request has already been approved, rejected or withdrawn, perhaps by someone else. Reload the action to see it.");
        }
        return stored;
    }

    /** The newest "created" row names who made the current row: SQLite may reuse the id of a deleted one. */
    private Request request(Connection c, DateRevision r) {
        List<AuditRow> rows = AuditLog.rows(c, "date_revision", r.id());
        AuditRow created = rows.stream().filter(a -> a.field().equals("created")).reduce((a, b) -> b)
                .orElseThrow(() -> new Refused("approval", "The audit trail has no record of who asked for this revision. Run a check of the plan."));
        return new Request(r, created.who(), Instant.parse(created.at()).atZone(session.clock().getZone()).toLocalDate());
    }

    private static String comment(String comment, String missing) {
        if (comment == null || comment.isBlank()) throw new Refused("comment", missing);
        return comment.strip();
    }
}
