package org.waymark.app.reliability;

import org.waymark.app.OpenedPlan;
import org.waymark.app.PlanOpener;
import org.waymark.app.infra.RuntimeSetup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A second app instance for the two-users test: opens the plan as the window would, prints how it opened and who
 * holds it, then keeps it open until told "quit" on standard input.
 */
public final class HoldPlanMain {

    public static void main(String[] args) throws Exception {
        RuntimeSetup.configure();
        Path file = Path.of(args[0]);
        String user = args[1];
        OpenedPlan opened = PlanOpener.forCurrentUser().open(file, false, user, Clock.systemDefaultZone());
        System.out.println("OPENED " + opened.access() + (opened.heldBy() == null ? "" : " HELD-BY " + opened.heldBy().describe()));
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        for (String line; (line = in.readLine()) != null; ) {
            if (line.equals("write")) {
                opened.session().write("Note from " + user, tx -> { tx.audit("plan", null, "note", null, user, "two-user test"); return null; });
                System.out.println("WROTE");
            }
            if (line.equals("quit")) break;
        }
        opened.session().close();
        System.out.println("CLOSED");
    }
}
