package org.waymark.domain.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every regime, framework, crosswalk and instrument Waymark knows, and the checks that make a data file
 * trustworthy: unique ids, a cited source, dates in order, crosswalks whose codes exist on both sides.
 */
public record RegulationCatalogue(List<RegimeDefinition> regimes, List<Framework> frameworks,
                                  List<Crosswalk> crosswalks, List<InstrumentSet> instrumentSets) {

    public RegulationCatalogue {
        regimes = sorted(regimes, Comparator.comparing((RegimeDefinition r) -> r.inForce().from()));
        frameworks = sorted(frameworks, Comparator.comparing((Framework f) -> f.inForce().from()));
        crosswalks = List.copyOf(crosswalks);
        instrumentSets = List.copyOf(instrumentSets);
    }

    private static <T> List<T> sorted(List<T> items, Comparator<T> order) {
        return items.stream().sorted(order).toList();
    }

    public Optional<RegimeDefinition> regime(String id) {
        return regimes.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The regime an older plan's stored value stands for ("SPECIAL_MEASURES" → special measures (quality)). */
    public Optional<RegimeDefinition> regimeForLegacy(String stored) {
        return regimes.stream().filter(r -> stored != null && stored.equals(r.legacyRegime())).findFirst();
    }

    public Optional<Framework> framework(String id) {
        return frameworks.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The framework CQC used on that day: what a new plan starts with. */
    public Optional<Framework> frameworkInForce(LocalDate day) {
        return frameworks.stream().filter(f -> f.inForce().covers(day)).reduce((a, b) -> b);
    }

    public Optional<Crosswalk> crosswalk(String fromFramework, String toFramework) {
        return crosswalks.stream().filter(c -> c.from().equals(fromFramework) && c.to().equals(toFramework)).findFirst();
    }

    public List<Instrument> instruments() {
        return instrumentSets.stream().flatMap(s -> s.instruments().stream()).toList();
    }

    public Optional<Instrument> instrumentForLegacy(String kind) {
        return instruments().stream().filter(i -> kind != null && kind.equals(i.legacyKind())).findFirst();
    }

    /** Everything wrong with the data, each naming the file's id; empty when the catalogue can be trusted. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        regimes.forEach(r -> {
            identified(problems, ids, "regime", r.id(), r.inForce());
            cited(problems, "regime", r.id(), r.sources());
        });
        frameworks.forEach(f -> {
            identified(problems, ids, "framework", f.id(), f.inForce());
            cited(problems, "framework", f.id(), f.sources());
            Set<String> codes = new HashSet<>();
            f.items().forEach(i -> {
                if (!codes.add(i.code())) problems.add("framework " + f.id() + ": item " + i.code() + " appears twice");
                if (i.keyQuestion() == null) problems.add("framework " + f.id() + ": item " + i.code() + " has no key question");
            });
        });
        crosswalks.forEach(c -> {
            identified(problems, ids, "crosswalk", c.id(), null);
            cited(problems, "crosswalk", c.id(), c.sources());
            checkCrosswalk(problems, c);
        });
        instrumentSets.forEach(s -> {
            identified(problems, ids, "instrument set", s.id(), null);
            cited(problems, "instrument set", s.id(), s.sources());
            s.instruments().forEach(i -> identified(problems, ids, "instrument", i.id(), i.inForce()));
        });
        return problems;
    }

    private void checkCrosswalk(List<String> problems, Crosswalk c) {
        Optional<Framework> from = framework(c.from());
        Optional<Framework> to = framework(c.to());
        if (from.isEmpty()) problems.add("crosswalk " + c.id() + ": no framework " + c.from());
        if (to.isEmpty()) problems.add("crosswalk " + c.id() + ": no framework " + c.to());
        if (from.isEmpty() || to.isEmpty()) return;
        c.mappings().forEach((code, targets) -> {
            if (from.get().item(code).isEmpty()) problems.add("crosswalk " + c.id() + ": " + code + " is not in " + c.from());
            targets.stream().filter(t -> to.get().item(t).isEmpty())
                    .forEach(t -> problems.add("crosswalk " + c.id() + ": " + t + " is not in " + c.to()));
        });
    }

    private static void cited(List<String> problems, String what, String id, List<Citation> sources) {
        boolean none = sources.isEmpty() || sources.stream().anyMatch(c -> c.publisher() == null || c.title() == null);
        if (none) problems.add(what + " " + id + ": cites no source (each needs a publisher and a title)");
    }

    private static void identified(List<String> problems, Set<String> ids, String what, String id, InForce inForce) {
        if (id == null || id.isBlank()) { problems.add("a " + what + " has no id"); return; }
        if (!ids.add(id)) problems.add(what + " " + id + ": the id is used twice");
        if (inForce != null && inForce.from() == null) problems.add(what + " " + id + ": no date it came into force");
        if (inForce != null && inForce.from() != null && inForce.to() != null && inForce.to().isBefore(inForce.from())) {
            problems.add(what + " " + id + ": in force to " + inForce.to() + ", before it came in");
        }
    }
}
