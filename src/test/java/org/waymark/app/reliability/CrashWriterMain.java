package org.waymark.app.reliability;

import org.waymark.app.ActionService;
import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanOpener;
import org.waymark.app.infra.RuntimeSetup;
import org.waymark.domain.Action;
import org.waymark.domain.ActionStatus;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The victim of the crash harness: opens the plan as the app does, then makes changes in a loop and prints
 * "ACK ref" only after each has committed. Whatever it acknowledged must survive SIGKILL at any moment.
 */
public final class CrashWriterMain {

    public static void main(String[] args) {
        RuntimeSetup.configure();
        Path file = Path.of(args[0]);
        String round = args[1];
        OpenedPlan opened = PlanOpener.forCurrentUser().open(file, false, "crash-writer", Clock.systemDefaultZone());
        if (opened.access() != OpenedPlan.Access.EDITING) {
            System.out.println("NOT-EDITING " + opened.access());
            System.exit(3);
        }
        ActionService actions = new ActionService(opened.session());
        System.out.println("READY");
        System.out.flush();
        for (int i = 1; ; i++) {
            String ref = "K" + round + "-" + i;
            long id = actions.add(new Action(0, ref, "Change " + i + " of round " + round, "Written by the crash harness",
                    null, null, null, null, null, null, null, null, ActionStatus.NOT_STARTED, 0, null, null));
            if (i % 3 == 0) actions.postUpdate(id, "Progress note " + i, i % 100);
            System.out.println("ACK " + ref);
            System.out.flush();
        }
    }
}
