package org.waymark.domain;

/**
 * The file behind an evidence item, as it was when added: its name, size and SHA-256. Either copied into the plan
 * ({@code linkedPath} null) or linked where it lies, in which case the hash shows whether it has changed since.
 */
public record EvidenceFile(long evidenceId, String name, long size, String sha256, String linkedPath) {

    public boolean inPlan() { return linkedPath == null; }

    /** "2.4 MB", "830 KB", "12 bytes". */
    public static String size(long bytes) {
        if (bytes < 1024) return bytes + (bytes == 1 ? " byte" : " bytes");
        if (bytes < 1024 * 1024) return Math.round(bytes / 1024.0) + " KB";
        return String.format(java.util.Locale.UK, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
