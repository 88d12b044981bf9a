package org.waymark.app.infra;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One backup file in the data folder: when it was taken, how big it is and why it was taken. */
public record BackupInfo(Path file, Instant taken, long size, String reason) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    public String takenText() { return SHOWN.format(taken.atZone(ZoneId.systemDefault())); }

    /** The reason in words: "opened for editing", "before upgrading from format 1", "before a restore". */
    public String reasonText() {
        if (reason.equals(Backups.ON_OPEN)) return "When opened for editing";
        if (reason.startsWith(Backups.BEFORE_UPGRADE)) return "Before upgrading from plan format " + reason.substring(Backups.BEFORE_UPGRADE.length());
        if (reason.startsWith(Backups.BEFORE_RESTORE)) return "Before a restore replaced the plan";
        return reason;
    }

    public String sizeText() {
        if (size < 1024) return size + " bytes";
        if (size < 1024 * 1024) return String.format("%.0f KB", size / 1024.0);
        return String.format("%.1f MB", size / (1024.0 * 1024));
    }
}
