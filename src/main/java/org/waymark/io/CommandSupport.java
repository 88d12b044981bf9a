package org.waymark.io;

import org.waymark.app.infra.AppDirectories;
import org.waymark.app.infra.PreferencesStore;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the io commands share with the others: the operating-system account the audit trail records and the clock ({@code -Dwaymark.today}). */
final class CommandSupport {

    private CommandSupport() {}

    static String user() {
        return org.waymark.app.Identity.osAccount();
    }

    static Clock clock() {
        String today = System.getProperty("waymark.today");
        if (today == null || today.isBlank()) return Clock.systemDefaultZone();
        return Clock.fixed(LocalDate.parse(today).atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
    }
}
