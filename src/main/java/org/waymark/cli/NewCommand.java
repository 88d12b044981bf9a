package org.waymark.cli;

import org.waymark.app.infra.AppDirectories;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.infra.PreferencesStore;
import org.waymark.app.Refused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Creates an empty plan. */
@Command(name = "new", description = "Create an empty plan file.")
public final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file to create (.waymark).")
    Path file;

    @Option(names = "--organisation", required = true, paramLabel = "NAME", description = "The trust's name.")
    String organisation;

    @Override public Integer call() {
        String user = org.waymark.app.Identity.osAccount();
        try (PlanSession s = PlanSession.create(file, organisation, user, Clocks.clock())) {
            System.out.println("Created " + s.file() + " for " + s.plan().organisation().name());
            return 0;
        } catch (PlanException | Refused e) {
            System.err.println("Cannot create the plan: " + e.getMessage());
            return 2;
        }
    }
}
