package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanPublish;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.io.PlanJson;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(SharedServer.Extension.class)
class PublishRoundTripTest {

    @TempDir Path dir;

    @Test void publishingTheDemoThenExportingGivesTheSameDocumentAsTheFile(SharedServer server) {
        Path file = TestPlans.demoFile(dir);
        String shared = server.location(server.newDatabase());
        PlanPublish.Result r = PlanPublish.publish(file, shared, "tester", TestPlans.CLOCK);
        assertTrue(r.verified(), () -> "verified there: " + r.head().problem());
        try (PlanSession local = PlanSession.open(file, true, "tester", TestPlans.CLOCK);
             PlanSession remote = PlanSession.open(shared, true, "tester", TestPlans.CLOCK)) {
            assertEquals(PlanJson.write(local), PlanJson.write(remote));
            assertEquals(local.plan().actions(), remote.plan().actions());
            assertTrue(remote.verifyAudit().intact());
        }
    }
}
