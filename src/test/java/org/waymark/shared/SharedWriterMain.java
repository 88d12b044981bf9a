package org.waymark.shared;

import org.waymark.app.ActionService;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.RuntimeSetup;

import java.time.Clock;

/**
 * A client in its own JVM for the shared-plan process tests: alternates a progress update on one action with a
 * milestone on another and prints "ACK text" only after each write returned (committed). A refused write is printed
 * as "FAILED message" (what the user would be told while the server is away) and its text is not used again: a
 * write cut off during its commit may or may not have landed, and a retry of the same text could then land twice.
 * Arguments: address, name, first action id, second action id, number of edits (0: until killed).
 */
public final class SharedWriterMain {

    public static void main(String[] args) throws InterruptedException {
        RuntimeSetup.configure();
        String address = args[0];
        String name = args[1];
        long first = Long.parseLong(args[2]);
        long second = Long.parseLong(args[3]);
        int edits = Integer.parseInt(args[4]);
        try (PlanSession s = PlanSession.open(address, false, name, Clock.systemDefaultZone())) {
            ActionService actions = new ActionService(s);
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; edits == 0 || i < edits; ) {
                String text = (i % 2 == 0 ? "update " : "milestone ") + name + " " + i;
                try {
                    if (i % 2 == 0) actions.postUpdate(first, text, null);
                    else actions.addMilestone(second, text, null);
                } catch (RuntimeException e) {
                    System.out.println("FAILED " + e.getMessage().replace('\n', ' ')); // the driver's detail may run over lines
                    System.out.flush();
                    Thread.sleep(200);
                    i++;
                    continue;
                }
                System.out.println("ACK " + text);
                System.out.flush();
                i++;
            }
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
