package org.waymark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.domain.Plan;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
            assertEquals(10, v.rowsChecked());
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
            assertEquals(339, v.rowsChecked());
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
