package org.waymark.integrity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.PlanLock;
import org.waymark.cli.CliRunner;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every writing command goes the one safe way (`SafeWrite`): `snapshot`, `request-updates` and `read-updates --apply`
 * respect another editor's lock and refuse a plan whose audit trail is broken unless --accept-broken is given.
 */
class WritingCommandsTest {

    @TempDir Path dir;

    /** The demo plan with an update round issued, so that a real returned form can be read into it. */
    private Path planWithAForm() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        CliRunner.Result r = CliRunner.run("request-updates", plan.toString(), "-o", dir.resolve("issued").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        return plan;
    }

    private List<List<String>> commands(Path plan) throws Exception {
        Path form;
        try (var forms = Files.list(dir.resolve("issued"))) {
            form = forms.filter(f -> f.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        }
        return List.of(
                List.of("snapshot", plan.toString(), "--meeting", "Trust Board"),
                List.of("request-updates", plan.toString(), "-o", dir.resolve("forms").toString()),
                List.of("read-updates", plan.toString(), form.toString(), "--apply"));
    }

    private static long acceptances(Path plan, String why) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plan);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM audit_log WHERE entity = 'plan' AND field = 'accepted_broken' AND why = '" + why + "'")) {
            return rs.getLong(1);
        }
    }

    @Test
    void aBrokenPlanIsNotWrittenByAnyCommandUnlessAcceptedAndThenItIsAudited() throws Exception {
        Path plan = planWithAForm();
        Forgery.sql(plan, "UPDATE audit_log SET why = 'nothing to see here' WHERE id = 42");
        byte[] before = Files.readAllBytes(plan);
        for (List<String> command : commands(plan)) {
            CliRunner.Result r = CliRunner.run(command.toArray(String[]::new));
            assertNotEquals(0, r.exit(), command + ": " + r.out() + r.err());
            assertTrue(r.err().contains("audit trail is BROKEN at audit row 42") && r.err().contains("--accept-broken"), command + ": " + r.err());
            assertArrayEquals(before, Files.readAllBytes(plan), command + " wrote nothing");
        }
        CliRunner.Result r = CliRunner.run("snapshot", plan.toString(), "--meeting", "Trust Board", "--accept-broken");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(1, acceptances(plan, "snapshot with --accept-broken"));
    }

    @Test
    void anotherEditorsLockIsRespectedByEveryCommand() throws Exception {
        Path plan = planWithAForm();
        byte[] before = Files.readAllBytes(plan);
        try (var lock = ((PlanLock.Taken) PlanLock.acquire(plan, "Someone Else", Clock.systemUTC())).lock()) {
            for (List<String> command : commands(plan)) {
                CliRunner.Result r = CliRunner.run(command.toArray(String[]::new));
                assertNotEquals(0, r.exit(), command + ": " + r.out() + r.err());
                assertTrue(r.err().contains("Someone Else"), command + ": " + r.err());
                assertArrayEquals(before, Files.readAllBytes(plan), command + " wrote nothing");
            }
        }
    }

    @Test
    void anExportOfABrokenPlanIsWrittenButSaysSoAndExitsOne() throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Forgery.sql(plan, "UPDATE action SET progress = 99 WHERE ref = 'A001'");
        for (String ext : List.of("xlsx", "csv", "json")) {
            Path out = dir.resolve("plan." + ext);
            CliRunner.Result r = CliRunner.run("export", plan.toString(), "-o", out.toString());
            assertEquals(1, r.exit(), ext + ": " + r.out() + r.err());
            assertTrue(Files.size(out) > 0, ext);
            assertTrue(r.err().contains("Warning: the plan failed its integrity check (data:"), r.err());
        }
        assertEquals(0, CliRunner.run("export", TestPlans.demoFile(dir.resolve("sound")).toString(), "-o", dir.resolve("sound.csv").toString()).exit());
    }
}
