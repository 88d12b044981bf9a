package org.waymark.app.reliability;

import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.app.infra.RuntimeSetup;

import java.nio.file.Path;
import java.time.Clock;

/** Opens a plan for editing as the app would and reports how it opened, for tests run under restricted permissions. */
public final class OpenReportMain {

    public static void main(String[] args) {
        RuntimeSetup.configure();
        try {
            OpenedPlan o = PlanOpener.forCurrentUser().open(Path.of(args[0]), false, "restricted user", Clock.systemDefaultZone());
            try (var s = o.session()) {
                System.out.println("ACCESS " + o.access());
                for (String n : o.notices()) System.out.println("NOTICE " + n);
                System.out.println("ACTIONS " + s.plan().actions().size());
                try {
                    s.write("attempt", tx -> { tx.audit("plan", null, "note", null, "x", "attempt"); return null; });
                    System.out.println("WRITE ok");
                } catch (PlanException e) {
                    System.out.println("WRITE " + e.kind() + " " + e.getMessage());
                }
            }
        } catch (PlanException e) {
            System.out.println("ERROR " + e.kind() + " " + e.getMessage());
        }
        System.out.println("END");
    }
}
