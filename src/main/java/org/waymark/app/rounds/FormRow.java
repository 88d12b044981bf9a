package org.waymark.app.rounds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One action on an owner's update form, as issued. The locked cells are what the owner reads; {@code stamp} is the
 * action's version as issued, so a return against a since-changed action is recognised as a conflict.
 */
public record FormRow(long actionId, String ref, String title, String requirement, LocalDate due, String status, int progress,
                      String brag, String lastUpdate, String stamp) {

    /** The locked cells' values in column order, in the canonical text both the writer and the reader produce. */
    public List<String> lockedValues() {
        List<String> v = new ArrayList<>(List.of(ref, title, requirement));
        v.add(due == null ? "" : due.toString());
        v.add(status);
        v.add(brag);
        v.add(lastUpdate);
        return v;
    }

    /** One short hash per locked cell, kept in the hidden sheet so the reader can name a changed cell. */
    public String lockedHashes() { return Stamps.cellHashes(lockedValues()); }
}
