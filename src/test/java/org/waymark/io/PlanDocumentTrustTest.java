package org.waymark.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.AuditEntryView;
import org.waymark.app.Json;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** A plan document is imported only when its audit log proves it, or when the user accepts it explicitly (audited). */
class PlanDocumentTrustTest {

    @TempDir Path dir;
    Path exported;

    @BeforeEach void export() {
        Path plan;
        try (PlanSession s = TestPlans.demo(dir)) { plan = s.file(); }
        exported = dir.resolve("plan.json");
        CliRunner.Result r = CliRunner.run("export", plan.toString(), "-o", exported.toString());
        assertEquals(0, r.exit(), r.err());
    }

    private ObjectNode document() throws Exception { return (ObjectNode) Json.mapper().readTree(exported.toFile()); }

    private Path write(String name, ObjectNode doc) throws Exception {
        Path p = dir.resolve(name);
        Json.mapper().writeValue(p.toFile(), doc);
        return p;
    }

    private void assertNothingCreated(Path target) throws Exception {
        assertFalse(Files.exists(target), "no plan file");
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".importing")), "no half-built file left");
        }
    }

    @Test void theUntouchedExportImports() throws Exception {
        Path target = dir.resolve("copy.waymark");
        CliRunner.Result r = CliRunner.run("import", exported.toString(), "--into", target.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("chain intact"), r.out());
    }

    @Test void duplicateKeysAreRefused() throws Exception {
        String json = Files.readString(exported);
        int at = json.indexOf("\"title\" : ");
        String forged = json.substring(0, at) + "\"title\" : \"Completed\",\n      " + json.substring(at);
        Path doc = Files.writeString(dir.resolve("dup.json"), forged);
        Path target = dir.resolve("dup.waymark");
        CliRunner.Result r = CliRunner.run("import", doc.toString(), "--into", target.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("is refused: it gives the key 'title' twice in one object"), r.err());
        assertNothingCreated(target);
    }

    @Test void aBrokenChainIsRefusedUnlessAcceptedAndTheAcceptanceIsAudited() throws Exception {
        ObjectNode doc = document();
        ArrayNode log = (ArrayNode) doc.path("tables").path("audit_log");
        ((ObjectNode) log.get(log.size() / 2)).put("new_value", "COMPLETE");
        Path forged = write("forged.json", doc);
        Path target = dir.resolve("forged.waymark");

        CliRunner.Result refused = CliRunner.run("import", forged.toString(), "--into", target.toString());
        assertEquals(2, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("Refused: the document cannot be trusted as it stands, because its audit chain does not verify (BROKEN at audit row"), refused.err());
        assertTrue(refused.err().contains("--accept-broken"), refused.err());
        assertNothingCreated(target);

        CliRunner.Result accepted = CliRunner.run("import", forged.toString(), "--into", target.toString(), "--accept-broken");
        assertEquals(0, accepted.exit(), accepted.out() + accepted.err());
        try (PlanSession s = PlanSession.open(target, true, "t", TestPlans.CLOCK)) {
            AuditEntryView last = s.lastChange().orElseThrow();
            assertEquals("accepted_unproven_document", last.field());
            assertTrue(last.newValue().contains("audit chain does not verify"), last.newValue());
            assertTrue(last.why().contains("--accept-broken"), last.why());
        }
    }

    @Test void dataTheLogDoesNotProveIsRefusedThoughTheChainVerifies() throws Exception {
        ObjectNode doc = document();
        ArrayNode actions = (ArrayNode) doc.path("tables").path("action");
        ((ObjectNode) actions.get(0)).put("progress", 99); // edited with the log untouched: the chain still verifies
        Path forged = write("data.json", doc);
        Path target = dir.resolve("data.waymark");
        CliRunner.Result refused = CliRunner.run("import", forged.toString(), "--into", target.toString());
        assertEquals(2, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("because its audit log does not prove its data"), refused.err());
        assertTrue(refused.err().contains("stored \"99\""), refused.err());
        assertNothingCreated(target);
    }

    @Test void dataWithAnEmptyAuditLogIsRefused() throws Exception {
        ObjectNode doc = document();
        ((ObjectNode) doc.path("tables")).putArray("audit_log");
        ((ObjectNode) doc.path("tables")).putArray("audit_head");
        Path forged = write("nolog.json", doc);
        Path target = dir.resolve("nolog.waymark");
        CliRunner.Result r = CliRunner.run("import", forged.toString(), "--into", target.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("but an empty audit log"), r.err());
        assertNothingCreated(target);
    }
}
