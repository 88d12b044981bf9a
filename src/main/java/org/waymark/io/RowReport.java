package org.waymark.io;

import org.waymark.app.ImportedAction;

import java.util.List;

/**
 * One data row's outcome. {@code row} is the sheet's own row number (1-based, as Excel shows it); each note names
 * the cell it is about. {@code action} is what will be written, or null when the row is rejected or skipped.
 */
public record RowReport(int row, String ref, Outcome outcome, List<Note> notes, ImportedAction action) {

    /** A warning or reason, with the cell it is about ("Sheet1!F7"). */
    public record Note(String cell, String text) {
        @Override public String toString() { return cell + ": " + text; }
    }
}
