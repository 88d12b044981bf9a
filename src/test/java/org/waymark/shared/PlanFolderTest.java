package org.waymark.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PlanFolder;
import org.waymark.app.PlanPublish;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.infra.AppDirectories;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** Files made for a plan (round forms, question files) go beside a plan file, and for a shared plan to a folder of its own. */
@ExtendWith(SharedServer.Extension.class)
class PlanFolderTest {

    @TempDir Path dir;

    @Test void besideAFileAndInTheDataFolderForASharedPlan(SharedServer server) {
        Path file = TestPlans.demoFile(dir);
        String database = server.newDatabase();
        String shared = server.location(database);
        assertTrue(PlanPublish.publish(file, shared, "tester", TestPlans.CLOCK).verified());
        try (PlanSession s = PlanSession.open(file, true, "tester", TestPlans.CLOCK)) {
            assertEquals(file.toAbsolutePath().getParent(), PlanFolder.of(s));
        }
        try (PlanSession s = PlanSession.open(shared, true, "tester", TestPlans.CLOCK)) {
            Path folder = PlanFolder.of(s);
            assertTrue(Files.isDirectory(folder), folder + " is made");
            assertEquals(AppDirectories.forCurrentUser().root().resolve("shared plans").resolve(database + " on 127.0.0.1 (shared)"), folder);
        }
    }
}
