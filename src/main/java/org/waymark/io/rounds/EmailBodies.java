package org.waymark.io.rounds;

import org.waymark.app.rounds.FormRow;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.RoundDates;

import java.util.List;

/** The covering e-mail's two bodies. Plan text goes into the HTML escaped, so a title can never become markup. */
final class EmailBodies {

    private EmailBodies() {}

    static String plain(OwnerForm f) {
        StringBuilder b = new StringBuilder();
        b.append("Dear ").append(f.ownerName()).append(",\n\n")
                .append("Please update the attached form for your ").append(f.rows().size()).append(plural(f.rows().size(), " action", " actions"))
                .append(" in the ").append(f.organisation()).append(" improvement plan and return it by ").append(RoundDates.uk(f.returnBy())).append(".\n")
                .append("Change only the shaded columns. A new due date needs a reason and an interim control, and is approved before it counts.\n");
        section(b, "Overdue", f.overdue());
        section(b, "Due in the next 30 days", f.dueSoon());
        section(b, "Complete, awaiting evidence", f.awaitingEvidence());
        b.append("\nThank you.\n");
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<FormRow> rows) {
        b.append('\n').append(title).append(" (").append(rows.size()).append(")\n");
        if (rows.isEmpty()) b.append("  None.\n");
        for (FormRow r : rows) b.append("  ").append(r.ref()).append("  ").append(r.title()).append("  due ").append(RoundDates.uk(r.due()))
                .append("  [").append(r.brag()).append("]\n");
    }

    static String html(OwnerForm f) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;font-size:11pt\">");
        b.append("<p>Dear ").append(esc(f.ownerName())).append(",</p><p>Please update the attached form for your ").append(f.rows().size())
                .append(plural(f.rows().size(), " action", " actions")).append(" in the ").append(esc(f.organisation()))
                .append(" improvement plan and return it by <strong>").append(RoundDates.uk(f.returnBy())).append("</strong>.</p>")
                .append("<p>Change only the shaded columns. A new due date needs a reason and an interim control, and is approved before it counts.</p>");
        table(b, "Overdue", f.overdue());
        table(b, "Due in the next 30 days", f.dueSoon());
        table(b, "Complete, awaiting evidence", f.awaitingEvidence());
        return b.append("<p>Thank you.</p></body></html>").toString();
    }

    private static void table(StringBuilder b, String title, List<FormRow> rows) {
        b.append("<h3>").append(esc(title)).append(" (").append(rows.size()).append(")</h3>");
        if (rows.isEmpty()) {
            b.append("<p>None.</p>");
            return;
        }
        b.append("<table cellpadding=\"4\" style=\"border-collapse:collapse\" border=\"1\"><tr><th>Ref</th><th>Action</th><th>Due</th><th>BRAG</th></tr>");
        for (FormRow r : rows) {
            b.append("<tr><td>").append(esc(r.ref())).append("</td><td>").append(esc(r.title())).append("</td><td>").append(RoundDates.uk(r.due()))
                    .append("</td><td style=\"background:").append(colour(r.brag())).append("\">").append(esc(r.brag())).append("</td></tr>");
        }
        b.append("</table>");
    }

    /** Light tints, so the letter stays readable; the letter is always there too. */
    private static String colour(String brag) {
        return switch (brag.isEmpty() ? ' ' : brag.charAt(0)) {
            case 'R' -> "#f4c7c3";
            case 'A' -> "#fde5b8";
            case 'G' -> "#c9e7cf";
            case 'B' -> "#c6dbf5";
            default -> "#ffffff";
        };
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String plural(int n, String one, String many) { return n == 1 ? one : many; }
}
