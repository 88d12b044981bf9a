package org.waymark.cli;

import org.waymark.app.regulation.Regulation;
import org.waymark.app.regulation.RegulationLibrary;
import org.waymark.app.regulation.RegulationLoad;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.regulation.Citation;
import org.waymark.domain.regulation.Crosswalk;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.Instrument;
import org.waymark.domain.regulation.RegimeDefinition;
import org.waymark.domain.regulation.RegulationCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Lists the regimes, CQC frameworks, crosswalks and instruments Waymark knows, shipped and local. */
@Command(name = "frameworks", description = "List the oversight regimes, CQC assessment frameworks, crosswalks and enforcement instruments,"
        + " each with its id, name and dates in force.%nExit status: 0 listed, 1 a data file has problems, 2 no such id for --show.")
public final class FrameworksCommand implements Callable<Integer> {

    @Option(names = "--show", paramLabel = "ID", description = "Show one regime, framework, crosswalk or instrument in full.")
    String show;

    @Option(names = "--data", paramLabel = "DIR", description = "A folder of local regulation files (default: the 'regulation' folder in Waymark's data folder).")
    Path data;

    @Override public Integer call() {
        Path folder = data != null ? data : Regulation.localFolder();
        RegulationLoad load = RegulationLibrary.withLocal(folder);
        RegulationCatalogue c = load.catalogue();
        PrintStream out = System.out;
        if (show != null) {
            if (!showOne(c, show, out)) {
                System.err.println("No regime, framework, crosswalk or instrument has the id '" + show + "'. Run `waymark frameworks` to list them.");
                return 2;
            }
        } else {
            list(c, out);
        }
        if (load.problems().isEmpty()) return 0;
        System.err.println("Problems in the regulation data (these files were left out or need correcting):");
        load.problems().forEach(p -> System.err.println("  - " + p));
        return 1;
    }

    private static void list(RegulationCatalogue c, PrintStream out) {
        out.println("Oversight regimes");
        c.regimes().forEach(r -> row(out, r.id(), r.name(), r.inForce().describe()
                + (r.segments().isEmpty() ? "" : ", segments " + r.segments().get(0).code() + "–" + r.segments().get(r.segments().size() - 1).code())));
        out.println();
        out.println("CQC assessment frameworks");
        c.frameworks().forEach(f -> row(out, f.id(), f.name(), f.inForce().describe() + ", " + f.items().size() + " items"));
        out.println();
        out.println("Crosswalks");
        c.crosswalks().forEach(x -> row(out, x.id(), x.from() + " → " + x.to(), x.official() ? "official mapping" : "no official mapping"));
        out.println();
        out.println("Enforcement instruments");
        c.instruments().forEach(i -> row(out, i.id(), i.name(), i.inForce().describe()));
    }

    private static void row(PrintStream out, String id, String name, String detail) {
        out.printf("  %-28s %-66s %s%n", id, name, detail);
    }

    private static boolean showOne(RegulationCatalogue c, String id, PrintStream out) {
        Optional<RegimeDefinition> regime = c.regime(id);
        Optional<Framework> framework = c.framework(id);
        Optional<Crosswalk> crosswalk = c.crosswalks().stream().filter(x -> x.id().equals(id)).findFirst();
        Optional<Instrument> instrument = c.instruments().stream().filter(i -> i.id().equals(id)).findFirst();
        regime.ifPresent(r -> showRegime(r, out));
        framework.ifPresent(f -> showFramework(f, out));
        crosswalk.ifPresent(x -> showCrosswalk(x, out));
        instrument.ifPresent(i -> showInstrument(i, out));
        return regime.isPresent() || framework.isPresent() || crosswalk.isPresent() || instrument.isPresent();
    }

    private static void showRegime(RegimeDefinition r, PrintStream out) {
        out.println(r.name() + " (" + r.id() + ", version " + r.version() + ")");
        out.println("In force:   " + r.inForce().describe() + note(r.inForce().note()));
        out.println("Authority:  " + r.authority());
        out.println("Entry rule: " + r.entryRule());
        r.segments().forEach(s -> out.println("  " + s.name() + (s.intensiveSupport() ? " (intensive support)" : "") + ": " + s.description()));
        out.println("Exit criteria template:");
        r.exitCriteria().forEach(e -> out.println("  - " + e));
        out.println("Words used: " + r.wording().inProgramme() + "; to " + r.wording().leave());
        sources(r.sources(), out);
    }

    private static void showFramework(Framework f, PrintStream out) {
        out.println(f.name() + " (" + f.id() + ", version " + f.version() + ")");
        out.println("In force: " + f.inForce().describe() + note(f.inForce().note()));
        for (KeyQuestion q : KeyQuestion.values()) {
            out.println(q.label());
            f.under(q).forEach(i -> out.println("  " + i.label()));
        }
        sources(f.sources(), out);
    }

    private static void showCrosswalk(Crosswalk x, PrintStream out) {
        out.println(x.id() + ": " + x.from() + " → " + x.to() + (x.official() ? " (official mapping)" : " (no official mapping)"));
        out.println(x.note());
        x.mappings().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> out.println("  " + e.getKey() + " → " + String.join(", ", e.getValue())));
        sources(x.sources(), out);
    }

    private static void showInstrument(Instrument i, PrintStream out) {
        out.println(i.name() + " (" + i.id() + ")");
        out.println("In force:    " + i.inForce().describe());
        out.println("Legal basis: " + i.legalBasis());
        out.println("Applies to:  " + i.appliesTo());
        out.println(i.description());
        if (!i.formerNames().isEmpty()) out.println("Formerly:    " + String.join(", ", i.formerNames()));
    }

    private static void sources(List<Citation> sources, PrintStream out) {
        out.println("Sources:");
        sources.forEach(s -> out.println("  - " + s.describe() + note(s.note())));
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : " — " + note;
    }
}
