package org.waymark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Plan;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A stored file of every earlier schema version opens, upgrades, keeps its data and its audit chain. */
class MigrationTest {

    @TempDir Path dir;

    Path fixture(int version) throws Exception {
        Path copy = dir.resolve("plan-v" + version + ".waymark");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/plan-v" + version + ".waymark")) {
            assertNotNull(in, "fixture for version " + version + " is missing");
            Files.copy(in, copy);
        }
        return copy;
    }

    @Test
    void everyEarlierVersionHasAFixture() throws Exception {
        for (int v = 1; v < Migrations.LATEST; v++) fixture(v);
    }

    @Test
    void versionOneUpgradesToTheLatest() throws Exception {
        Path file = fixture(1);
        try (PlanDatabase db = PlanDatabase.open(file, false, Clock.systemUTC())) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            assertEquals(List.of("ok"), db.integrityCheck());
            AuditVerification v = db.verifyAudit();
            assertTrue(v.intact(), v.describe());
            assertEquals(11, v.rowsChecked(), "ten rows, and the upgrade's row for the regime history it began");
            Plan plan = db.read(PlanLoader::load);
            assertEquals("Version One Ambulance Trust", plan.organisation().name());
            assertEquals(1, plan.actions().size());
            assertEquals(1, plan.revisionsOf(plan.actions().get(0).id()).size());
            assertEquals(75.0, plan.metrics().get(0).definitions().get(0).target());
            assertEquals(1, db.read(c -> Sql.query(c, "SELECT count(*) FROM v_action_status", rs -> rs.getInt(1))).get(0));
            db.write("tester", tx -> { tx.audit("action", 1L, "note", null, "after upgrade", "test"); return null; });
            assertTrue(db.verifyAudit().intact(), "appending after an upgrade continues the chain");
        }
    }

    @Test
    void versionTwoUpgradesToTheLatestWithItsDataAndAuditChain() throws Exception {
        Path file = fixture(2);
        try (PlanDatabase db = PlanDatabase.open(file, false, Clock.systemUTC())) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            assertEquals(List.of("ok"), db.integrityCheck());
            AuditVerification v = db.verifyAudit();
            assertTrue(v.intact(), v.describe());
            assertEquals(340, v.rowsChecked());
            Plan plan = db.read(PlanLoader::load);
            assertEquals("South Downs and Weald Ambulance Service NHS Foundation Trust", plan.organisation().name());
            assertEquals(20, plan.actions().size());
            assertEquals(3, plan.boardMeetings().size());
            assertEquals(2, plan.snapshots().size());
            assertEquals(20, plan.snapshots().get(0).rows().size());
            db.write("tester", tx -> { tx.audit("action", 1L, "note", null, "after upgrade", "test"); return null; });
            assertTrue(db.verifyAudit().intact(), "appending after an upgrade continues the chain");
        }
    }

    @Test
    void versionSevenUpgradesToBoardQuestionsWithItsDataAndAuditChain() throws Exception {
        Path file = fixture(7);
        try (PlanDatabase db = PlanDatabase.open(file, false, Clock.systemUTC())) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            assertEquals(List.of("ok"), db.integrityCheck());
            AuditVerification v = db.verifyAudit();
            assertTrue(v.intact(), v.describe());
            assertEquals(List.of(), db.read(QuestionStore::all));
            assertTrue(db.read(QuestionStore::present));
            assertEquals(20, db.read(PlanLoader::load).actions().size());
            assertTrue(db.read(c -> Sql.query(c, "SELECT count(*) FROM update_round", rs -> rs.getInt(1))).get(0) >= 0);
        }
    }

    @Test
    void versionSevenRegimeBecomesTheFirstStepOfTheRegimeHistoryAudited() throws Exception {
        Path file = fixture(7);
        try (PlanDatabase db = PlanDatabase.open(file, false, Clock.systemUTC())) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            Plan plan = db.read(PlanLoader::load);
            RegimeEntry first = plan.regimeHistory().entries().get(0);
            assertEquals(1, plan.regimeHistory().entries().size());
            assertEquals(new RegimeEntry(first.id(), LocalDate.of(2016, 9, 29), RegimeEvent.ENTERED, legacy("SPECIAL_MEASURES"), null, first.note()), first);
            AuditRow logged = db.read(c -> AuditLog.rows(c, "regime_history", first.id())).get(0);
            assertEquals(MigrationAudit.WHO, logged.who());
            assertTrue(db.verifyAudit().intact());
            DataProof proof = db.read(AuditReplay::prove);
            assertTrue(proof.proven(), proof.describe() + proof.differences());
            assertEquals(List.of(), db.read(SchemaCheck::problems));
        }
    }

    @Test
    void aSegmentFourPlanWithNoEntryDateIsDatedByItsEarliestSource() throws Exception {
        Path file = fixture(7);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("UPDATE organisation SET regime = 'RSP_SEGMENT_4', regime_entered = NULL");
        }
        try (PlanDatabase db = PlanDatabase.open(file, false, Clock.systemUTC())) {
            Plan plan = db.read(PlanLoader::load);
            RegimeEntry first = plan.regimeHistory().current().orElseThrow();
            assertEquals(legacy("RSP_SEGMENT_4"), first.regime());
            assertEquals("4", first.segment());
            assertEquals(LocalDate.of(2016, 7, 22), first.effectiveOn(), "the earliest source's date");
            assertTrue(db.read(AuditReplay::prove).proven());
        }
    }

    @Test
    void aPlanInNoRegimeWithNoDateHasNoHistory() throws Exception {
        Path file = fixture(7);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("UPDATE organisation SET regime = 'NONE', regime_entered = NULL");
        }
        try (PlanDatabase db = PlanDatabase.open(file, false, Clock.systemUTC())) {
            assertTrue(db.read(PlanLoader::load).regimeHistory().entries().isEmpty());
            assertTrue(db.verifyAudit().intact());
            assertTrue(db.read(AuditReplay::prove).proven());
        }
    }

    @Test
    void anUpgradeThatFailsHalfwayLeavesTheFileAsItWas() throws Exception {
        // A hostile or hand-edited entry date: the step's own SQL runs, then reading the history it made fails.
        Path file = fixture(8);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("UPDATE organisation SET regime = 'SPECIAL_MEASURES', regime_entered = 'not a date'");
        }
        StoreException refused = assertThrows(StoreException.class, () -> PlanDatabase.open(file, false, Clock.systemUTC()));
        assertTrue(refused.getMessage().contains("could not be upgraded to plan format 9") && refused.getMessage().contains("The file has not been changed"),
                refused.getMessage());
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            try (var rs = st.executeQuery("PRAGMA user_version")) { assertEquals(8, rs.getInt(1)); }
            try (var rs = st.executeQuery("SELECT regime, regime_entered FROM organisation")) {
                assertEquals("SPECIAL_MEASURES", rs.getString(1), "the step's column changes were rolled back");
                assertEquals("not a date", rs.getString(2));
            }
            try (var rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'regime_history'")) { assertEquals(0, rs.getInt(1)); }
        }
        try (PlanDatabase db = PlanDatabase.open(file, true, Clock.systemUTC())) {
            assertEquals(8, db.schemaVersion());
            assertTrue(db.verifyAudit().intact());
        }
    }

    /** The regime the data files map an old stored value onto: the migration must agree with them. */
    private static String legacy(String stored) {
        return org.waymark.app.regulation.RegulationLibrary.bundled().catalogue().regimeForLegacy(stored).orElseThrow().id();
    }

    @Test
    void readOnlyOpenOfAnOldFileDoesNotUpgradeIt() throws Exception {
        Path file = fixture(1);
        byte[] before = Files.readAllBytes(file);
        try (PlanDatabase db = PlanDatabase.open(file, true, Clock.systemUTC())) {
            assertEquals(1, db.schemaVersion());
            assertTrue(db.verifyAudit().intact());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aNewerSchemaIsRefusedAndLeftAlone() throws Exception {
        Path file = fixture(1);
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(file);
        StoreException e = assertThrows(StoreException.class, () -> PlanDatabase.open(file, false, Clock.systemUTC()));
        assertEquals(StoreException.Reason.NEWER_SCHEMA, e.reason());
        assertTrue(e.getMessage().contains("newer version of Waymark"));
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
