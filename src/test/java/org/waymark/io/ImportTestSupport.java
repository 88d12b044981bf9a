package org.waymark.io;

import org.waymark.app.PlanSession;

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

    static SpreadsheetImport importer(Path dir) {
        return new SpreadsheetImport(dir.resolve("mappings.json"));
    }
}
