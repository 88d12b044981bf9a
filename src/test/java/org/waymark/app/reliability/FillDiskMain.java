package org.waymark.app.reliability;

import org.waymark.app.ActionService;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanException;
import org.waymark.app.PlanOpener;
import org.waymark.app.infra.RuntimeSetup;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;

import java.nio.file.Path;
import java.time.Clock;

/** Writes large changes until the file-size limit ({@code ulimit -f}) stops one; reports each acknowledged change and the error. */
public final class FillDiskMain {

    public static void main(String[] args) {
        RuntimeSetup.configure();
        OpenedPlan o = PlanOpener.forCurrentUser().open(Path.of(args[0]), false, "filler", Clock.systemDefaultZone());
        try (var s = o.session()) {
            System.out.println("ACCESS " + o.access());
            ActionService actions = new ActionService(s);
            String big = "x".repeat(900_000);
            for (int i = 1; i <= 200; i++) {
                try {
                    actions.add(new Action(0, "FULL-" + i, "Large change " + i, big, null, null, null, null, null, null, null, null, ActionStatus.NOT_STARTED, 0, null, null));
                    System.out.println("ACK FULL-" + i);
                } catch (PlanException e) {
                    System.out.println("ERROR " + e.kind() + " " + e.getMessage());
                    break;
                }
            }
            System.out.println("STILL-READS " + s.plan().actions().size());
        }
        System.out.println("END");
    }
}
