package org.waymark.app.rounds;

import java.util.List;

/**
 * A returned update form as read, before any judgement: the hidden sheet's identity and rows (null when the
 * hidden sheet is missing or unreadable, with {@code problem} saying why) and the visible rows' cell texts.
 */
public record ReturnedForm(String fileName, FormIdentity identity, List<IssuedRow> issued, List<ReturnedRow> rows, String problem) {

    public static ReturnedForm unreadable(String fileName, String problem) {
        return new ReturnedForm(fileName, null, List.of(), List.of(), problem);
    }
}
