package org.waymark.ui.register;

import javafx.scene.control.TableRow;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.Forms;

/**
 * A register line as a screen reader hears it when the row takes focus: its ref, title, BRAG with the reason, and
 * its due date, rather than only the one cell under the focus.
 */
final class RegisterRowCell extends TableRow<RegisterRow> {

    @Override protected void updateItem(RegisterRow row, boolean empty) {
        super.updateItem(row, empty);
        setAccessibleText(empty || row == null ? null : spoken(row));
    }

    /** "M3 Recruit four band 6 nurses, Red: overdue by 3 days, due 01/11/2026". */
    static String spoken(RegisterRow r) {
        StringBuilder b = new StringBuilder(r.ref()).append(' ').append(r.title());
        if (r.brag() != null) b.append(", ").append(BragChip.spoken(r.brag(), r.bragReason()));
        if (r.currentDue() != null) {
            b.append(", due ").append(Forms.date(r.currentDue()));
            if (r.revised() && r.originalDue() != null) b.append(" (originally ").append(Forms.date(r.originalDue())).append(')');
        }
        if (r.status() != null) b.append(", ").append(r.status().label());
        return b.toString();
    }
}
