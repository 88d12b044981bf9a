package org.waymark.app.rounds;

import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;
import org.waymark.domain.Plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Judges the rows of one recognised form against the plan as it is now: each changed row becomes an accepted
 * change, a conflict (the action changed since issue) or a rejection with its reason. Unchanged rows are left out.
 */
record FormJudge(Plan plan, LocalDate today, ReturnedForm form, long formId, String owner) {

    static final List<String> LOCKED = List.of("Ref", "Title", "Requirement", "Due date", "Status", "BRAG", "Last update");
    private static final int MAX_TEXT = 4000;

    List<ProposedChange> judge() {
        List<ProposedChange> out = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            ReturnedRow row = form.rows().get(i);
            if (i >= form.issued().size()) {
                out.add(rejected(row, firstLocked(row), null, "This row was not on the form as issued; add new actions in the plan itself."));
                continue;
            }
            ProposedChange c = judge(row, form.issued().get(i));
            if (c != null) out.add(c);
        }
        return out;
    }

    private ProposedChange judge(ReturnedRow row, IssuedRow issued) {
        String changedCell = changedLockedCell(row, issued);
        if (changedCell != null) return rejected(row, issued.ref(), issued.actionId(), "A locked cell was changed (" + changedCell + "); locked cells are the plan's record, not the owner's.");
        Optional<Action> found = plan.action(issued.actionId());
        if (found.isEmpty()) return rejected(row, issued.ref(), issued.actionId(), "This action is no longer in the plan.");
        Action a = found.get();
        Long ownerNow = a.operationalLeadId() != null ? a.operationalLeadId() : a.executiveLeadId();
        if (ownerNow == null || ownerNow != form.identity().ownerId()) {
            String who = plan.person(ownerNow).map(p -> p.name()).orElse("nobody");
            return rejected(row, a.ref(), a.id(), owner + " does not own this action (its owner is " + who + ").");
        }
        ProposedChange.Proposal p;
        try {
            p = proposal(row, issued, a);
        } catch (IllegalArgumentException e) {
            return rejected(row, a.ref(), a.id(), e.getMessage());
        }
        if (p == null) return null;
        String stampNow = Stamps.action(plan, a);
        if (!stampNow.equals(issued.stamp())) {
            return change(row, a, Outcome.CONFLICT, "The action changed after the form was issued: choose which version to keep.", p, stampNow, issued);
        }
        return change(row, a, Outcome.ACCEPTED, "", p, stampNow, issued);
    }

    private String changedLockedCell(ReturnedRow row, IssuedRow issued) {
        String[] want = issued.lockedHashes().split(" ");
        String[] got = Stamps.cellHashes(row.locked()).split(" ");
        for (int c = 0; c < LOCKED.size(); c++) {
            if (c >= want.length || c >= got.length || !want[c].equals(got[c])) return LOCKED.get(c) + ", cell " + (char) ('A' + c) + row.sheetRow();
        }
        return null;
    }

    /** The owner's proposal, or null when the row is as issued; throws with the reason when it cannot be accepted. */
    private ProposedChange.Proposal proposal(ReturnedRow row, IssuedRow issued, Action a) {
        ActionStatus status = status(row.status(), issued);
        Integer progress = progress(row.percent(), issued);
        String narrative = text("Progress narrative", row.narrative());
        String reason = text("Reason for the new date", row.dueReason());
        String control = text("Interim control", row.interimControl());
        String evidence = text("Evidence", row.evidence());
        LocalDate newDue = newDue(row.newDue(), a);
        if (newDue == null && (reason != null || control != null)) {
            throw new IllegalArgumentException("A reason or interim control was given without a proposed new due date.");
        }
        if (newDue != null && (reason == null || control == null)) {
            throw new IllegalArgumentException("A new due date needs both the reason for the delay and the interim control that keeps patients safe meanwhile.");
        }
        if (status == null && progress == null && narrative == null && newDue == null && evidence == null) return null;
        if (status == ActionStatus.COMPLETE) progress = 100;
        return new ProposedChange.Proposal(status, progress, narrative, newDue, reason, control, evidence);
    }

    private static ActionStatus status(String text, IssuedRow issued) {
        if (blank(text)) return null;
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).contains("blue")) {
            throw new IllegalArgumentException("Blue is never set from a form: choose Complete, give the evidence, and it is verified in the plan.");
        }
        ActionStatus s = ActionStatus.parse(t).orElseThrow(() -> new IllegalArgumentException(
                "Status \"" + t + "\" is not one of Not started, In progress, On hold, Complete."));
        return s.label().equals(issued.status()) ? null : s;
    }

    private static Integer progress(String text, IssuedRow issued) {
        if (blank(text)) return null;
        String t = text.strip().replace("%", "").strip();
        int p;
        try {
            double d = Double.parseDouble(t);
            if (d != Math.rint(d)) throw new NumberFormatException();
            p = (int) d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("% complete must be a whole number from 0 to 100, not \"" + text.strip() + "\".");
        }
        if (p < 0 || p > 100) throw new IllegalArgumentException("% complete must be from 0 to 100, not " + p + ".");
        return p == issued.progress() ? null : p;
    }

    private LocalDate newDue(String text, Action a) {
        if (blank(text)) return null;
        LocalDate d = RoundDates.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "\"" + text.strip() + "\" is not a real date; give the proposed new due date as dd/mm/yyyy."));
        if (d.isBefore(today)) throw new IllegalArgumentException("The proposed new due date " + RoundDates.uk(d) + " is in the past.");
        if (a.start() != null && d.isBefore(a.start())) throw new IllegalArgumentException("The proposed new due date " + RoundDates.uk(d) + " is before the action starts.");
        if (d.equals(a.currentDue())) throw new IllegalArgumentException("The proposed new due date is the current due date.");
        return d;
    }

    private static String text(String column, String value) {
        if (blank(value)) return null;
        String t = value.replace("\r\n", "\n").strip();
        if (t.length() > MAX_TEXT) throw new IllegalArgumentException(column + " is too long (" + t.length() + " characters; at most " + MAX_TEXT + ").");
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0x7F) throw new IllegalArgumentException(column + " contains an invisible control character; retype it.");
        }
        return t;
    }

    private ProposedChange change(ReturnedRow row, Action a, Outcome o, String reason, ProposedChange.Proposal p, String stampNow, IssuedRow issued) {
        String asIssued = issued.status() + ", " + issued.progress() + " %, due " + uk(row.locked().get(3)) + "; last update: " + row.locked().get(6);
        var latest = FormContents.latest(plan.updatesOf(a.id()));
        String now = a.status().label() + ", " + a.progress() + " %, due " + RoundDates.uk(a.currentDue()) + "; last update: "
                + (latest == null ? "none" : RoundDates.uk(latest.postedOn()) + " " + latest.text());
        return new ProposedChange(form.fileName(), formId, owner, form.identity().issuedOn(), row.sheetRow(), a.ref(), a.id(), o, reason, p,
                asIssued, now, stampNow, false);
    }

    private ProposedChange rejected(ReturnedRow row, String ref, Long actionId, String reason) {
        return new ProposedChange(form.fileName(), formId, owner, form.identity().issuedOn(), row.sheetRow(), ref, actionId, Outcome.REJECTED,
                reason, null, "", "", "", false);
    }

    private static String firstLocked(ReturnedRow row) { return row.locked().isEmpty() ? "" : row.locked().get(0); }

    private static String uk(String iso) { return RoundDates.parse(iso).map(RoundDates::uk).orElse(iso); }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
