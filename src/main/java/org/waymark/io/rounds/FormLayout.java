package org.waymark.io.rounds;

import java.util.List;

/** Where things are on an update form; the writer and the reader share it so they cannot drift apart. */
final class FormLayout {

    static final String SHEET = "Update form";
    static final String HIDDEN = "waymark-form";
    static final int FORMAT = 1;
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    static final int LOCKED_COLUMNS = 7;
    /** Hidden sheet: key/value rows first, then one row per action from this row. */
    static final int HIDDEN_FIRST_ROW = 8;

    static final List<String> HEADERS = List.of("Ref", "Title", "Requirement", "Due date", "Status", "BRAG", "Last update",
            "New status", "% complete", "Progress narrative", "Proposed new due date", "Reason for new date", "Interim control",
            "Evidence (description or link)");

    static final List<Integer> WIDTHS = List.of(10, 28, 30, 11, 12, 9, 30, 13, 10, 36, 13, 22, 22, 26);

    /** Input messages shown when an owner selects an editable cell: title, then text (Excel allows 32 / 255 characters). */
    static final List<String[]> HELP = List.of(
            new String[]{"New status", "Choose Not started, In progress, On hold or Complete. Complete is checked against your evidence before it counts as Blue."},
            new String[]{"% complete", "A whole number from 0 to 100: how much of the action is done."},
            new String[]{"Progress narrative", "What has happened since the last update, and what happens next. Plain text."},
            new String[]{"Proposed new due date", "Only if the action will miss its due date: the new date (dd/mm/yyyy). It needs approval; give the reason and interim control too."},
            new String[]{"Reason for new date", "Why the due date cannot be met. Required with a proposed new due date."},
            new String[]{"Interim control", "What keeps patients safe until the new date. Required with a proposed new due date."},
            new String[]{"Evidence", "Describe the evidence, or paste a link to it. It is verified before the action can be Blue."});

    static final String[] STATUSES = {"Not started", "In progress", "On hold", "Complete"};

    private FormLayout() {}
}
