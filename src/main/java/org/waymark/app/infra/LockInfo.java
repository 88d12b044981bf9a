package org.waymark.app.infra;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Who holds a plan open for editing: written to the lock file beside the plan, read by anyone else who opens it. */
public record LockInfo(String user, String host, long pid, Instant since, Instant heartbeat, String token) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** "Ward manager on PC-123 since 25/11/2026 10:15", in the reader's time zone. */
    public String describe() {
        return user + " on " + host + " since " + SHOWN.format(since.atZone(ZoneId.systemDefault()));
    }
}
