package org.waymark.cli;

import org.waymark.app.NewPlan;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.RegimeService;
import org.waymark.app.Refused;
import org.waymark.app.regulation.Regulation;
import org.waymark.domain.RegimeEntry;
import org.waymark.domain.RegimeEvent;
import org.waymark.domain.regulation.RegulationCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** Creates an empty plan, optionally already in a regime and set to a CQC framework. */
@Command(name = "new", description = "Create an empty plan file.")
public final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The plan file to create (.waymark).")
    Path file;

    @Option(names = "--organisation", required = true, paramLabel = "NAME", description = "The trust's name.")
    String organisation;

    @Option(names = "--regime", paramLabel = "ID", description = "The oversight regime the trust is in (`waymark frameworks` lists the ids).")
    String regime;

    @Option(names = "--segment", paramLabel = "CODE", description = "The regime's segment, for a regime with segments (e.g. 5).")
    String segment;

    @Option(names = "--since", paramLabel = "DATE", description = "The date the trust entered the regime, dd/MM/yyyy (default today).")
    String since;

    @Option(names = "--framework", paramLabel = "ID", description = "The CQC framework findings are tagged against (default: the one in force today).")
    String framework;

    @Override public Integer call() {
        String user = org.waymark.app.Identity.osAccount();
        RegulationCatalogue catalogue = Regulation.catalogue();
        LocalDate today = LocalDate.now(Clocks.clock());
        LocalDate entered = since == null ? today : Clocks.day(since.strip());
        if (entered == null) return refuse("The date '" + since + "' is not a date. Write it as dd/MM/yyyy, e.g. 01/04/2025.");
        if (regime == null && (segment != null || since != null)) return refuse("Give --regime with --segment or --since.");
        RegimeEntry step = regime == null ? null : new RegimeEntry(0, entered, RegimeEvent.ENTERED, regime.strip(), segment, "Plan created");
        String frameworkId = framework != null ? framework.strip() : catalogue.frameworkInForce(today).map(f -> f.id()).orElse(null);
        try {
            try (PlanSession s = NewPlan.create(file, organisation, user, Clocks.clock(), step, frameworkId, catalogue)) {
                System.out.println("Created " + s.file() + " for " + s.plan().organisation().name()
                        + new RegimeService(s, catalogue).status().map(g -> ", " + g.label() + " since " + Clocks.show(g.entered())).orElse(""));
                return 0;
            }
        } catch (PlanException | Refused e) {
            return refuse(e.getMessage());
        }
    }

    private static int refuse(String why) {
        System.err.println("Cannot create the plan: " + why);
        return 2;
    }
}
