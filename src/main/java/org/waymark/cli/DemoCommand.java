package org.waymark.cli;

import org.waymark.app.infra.AppDirectories;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.app.demo.DemoPlanGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Writes the demo plan, or a synthetic plan of N actions. */
@Command(name = "demo", description = "Write the demo plan (a fictional ambulance trust), or a synthetic plan of N actions.")
public final class DemoCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The plan file to write; it must not exist.")
    Path output;

    @Option(names = "--actions", paramLabel = "N", description = "Make a synthetic plan of N actions instead of the story's 60.")
    Integer actions;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed for the synthetic parts (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--historical", description = "Keep the story's real 2016-2018 dates instead of moving them up to today.")
    boolean historical;

    @Override public Integer call() {
        if (actions != null && actions < 1) {
            System.err.println("--actions must be at least 1.");
            return 2;
        }
        String user = org.waymark.app.Identity.osAccount();
        long started = System.nanoTime();
        try (PlanSession s = DemoPlanGenerator.write(output, actions, seed, historical, user, Clocks.clock())) {
            System.out.printf("Wrote %s: %d actions, %d audit rows, in %.1f s%n", s.file(), s.plan().actions().size(), s.auditRows(),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (PlanException e) {
            System.err.println("Cannot write the demo plan: " + e.getMessage());
            return 2;
        }
    }
}
