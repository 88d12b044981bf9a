package org.waymark.io;

import org.waymark.app.PlanSession;
import org.waymark.cli.CliRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A plan on the messy workbook's own "today" (April 2018), so its 2018 dates are still ahead. */
final class ImportTestSupport {

    static final Clock APRIL_2018 = Clock.fixed(Instant.parse("2018-04-10T09:00:00Z"), ZoneId.of("Europe/London"));

    private ImportTestSupport() {}

    static PlanSession emptyPlan(Path dir) {
        return PlanSession.create(dir.resolve("plan.waymark"), "North Downs Ambulance Service NHS Trust", "pmo", APRIL_2018);
    }

    /** Runs the command line on the workbook's "today", as a user in April 2018 would. */
    static CliRunner.Result cli(String... args) {
        System.setProperty("waymark.today", "2018-04-10");
        try {
            return CliRunner.run(args);
        } finally {
            System.clearProperty("waymark.today");
        }
    }

    static SpreadsheetImport importer(Path dir) {
        return new SpreadsheetImport(dir.resolve("mappings.json"));
    }
}
