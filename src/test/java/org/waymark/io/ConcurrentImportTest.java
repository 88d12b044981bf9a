package org.waymark.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Two imports into one plan file, each with its own connection, both checked before either writes (so both see no
 * such person), then committed at the same moment: the new lead is created once and both imports use that row.
 */
class ConcurrentImportTest {

    @TempDir Path dir;

    @Test void twoImportsNamingOneNewLeadCreateOnePerson() throws Exception {
        Path plan;
        try (PlanSession s = ImportTestSupport.emptyPlan(dir)) { plan = s.file(); }
        Path a = Files.writeString(dir.resolve("a.csv"), "Ref,Action,Executive lead,Due date\nA1,Fire doors checked weekly,Dr Nia Okafor,30/06/2018\n");
        Path b = Files.writeString(dir.resolve("b.csv"), "Ref,Action,Executive lead,Due date\nB1,Medicines fridge audit,  dr nia  OKAFOR ,31/07/2018\n");
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Path csv : List.of(a, b)) {
                done.add(pool.submit(() -> {
                    SpreadsheetImport importer = new SpreadsheetImport(dir.resolve("mappings-" + csv.getFileName() + ".json"));
                    try (PlanSession s = PlanSession.open(plan, false, "importer", ImportTestSupport.APRIL_2018)) {
                        ImportReport r = importer.dryRun(importer.load(csv), s, DuplicateChoice.SKIP);
                        assertFalse(r.anyRejected(), r.summary());
                        bothChecked.await(30, TimeUnit.SECONDS);
                        return importer.commit(r, s, false);
                    }
                }));
            }
            for (Future<Integer> f : done) assertEquals(1, f.get(120, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plan);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*), (SELECT count(DISTINCT executive_lead_id) FROM action) FROM person WHERE lower(trim(name)) LIKE 'dr nia%okafor'")) {
            assertEquals(1, rs.getInt(1), "one person row for the new lead");
            assertEquals(1, rs.getInt(2), "both actions point at it");
        }
    }
}
