package org.waymark.app.rounds;

import java.util.List;

/**
 * One visible row of a returned form, as text: a formula is its formula text (never evaluated), a date cell its
 * ISO date. {@code sheetRow} is the spreadsheet's row number, for messages.
 */
public record ReturnedRow(int sheetRow, List<String> locked, String status, String percent, String narrative, String newDue,
                          String dueReason, String interimControl, String evidence) {
}
