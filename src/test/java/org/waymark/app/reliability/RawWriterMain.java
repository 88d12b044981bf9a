package org.waymark.app.reliability;

import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.RuntimeSetup;

import java.nio.file.Path;
import java.time.Clock;

/** A writer that ignores the lock file (as a copy of the app that predates it would): SQLite's own locking must still keep the file whole. */
public final class RawWriterMain {

    public static void main(String[] args) throws InterruptedException {
        RuntimeSetup.configure();
        try (PlanSession s = PlanSession.open(Path.of(args[0]), false, "raw-writer", Clock.systemDefaultZone())) {
            ActionService actions = new ActionService(s);
            System.out.println("READY");
            // Start together with the parent, and spread the writes out, so the two writers really contend.
            if (args.length > 3 && args[3].equals("--wait-for-go")) new java.util.Scanner(System.in).nextLine();
            for (int i = 1; i <= Integer.parseInt(args[2]); i++) {
                actions.add(HostileConditionsTest.action(args[1] + i, "Concurrent change " + i, ""));
                System.out.println("ACK " + args[1] + i);
                Thread.sleep(1);
            }
        }
        System.out.println("DONE");
    }
}
