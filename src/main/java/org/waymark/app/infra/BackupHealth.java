package org.waymark.app.infra;

import org.waymark.app.PlanException;
import org.waymark.app.PlanHealth;

/** Whether a backup is fit to restore: it opens, SQLite finds it sound and its audit chain verifies. */
public record BackupHealth(boolean sound, String summary) {

    static BackupHealth of(java.nio.file.Path file, java.time.Clock clock) {
        try {
            PlanHealth h = PlanHealth.check(file, clock);
            if (h.healthy()) return new BackupHealth(true, "Sound: " + h.organisation() + ", " + h.actions() + " actions, audit " + h.audit().describe());
            return new BackupHealth(false, "Not sound: " + String.join("; ", h.problems()));
        } catch (PlanException e) {
            return new BackupHealth(false, "Cannot be opened: " + e.getMessage());
        }
    }
}
