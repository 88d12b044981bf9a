package org.waymark.app.rounds;

/** One row of the hidden sheet: the action, its version stamp, the status and progress issued, and the locked cells' hashes. */
public record IssuedRow(long actionId, String ref, String stamp, String status, int progress, String lockedHashes) {
}
