package org.waymark.io;

import org.waymark.app.ImportedAction.CoreServiceName;
import org.waymark.domain.CoreService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the core service a cell names, by code or name, in the plan's own list and then among the usual ambulance
 * core services. "Trust-wide" and "Provider" mean the provider level (no core service).
 */
final class CoreServiceMatcher {

    /** What {@link #match} returns: provider level, a service, or text that names none. */
    record Match(boolean providerLevel, CoreServiceName service, boolean isNew) {}

    private static final String[][] USUAL = {
            {"EUC", "Emergency and urgent care", "emergency and urgent care", "emergency urgent care", "a and e", "urgent and emergency care", "uec"},
            {"EOC", "Emergency operations centre", "emergency operations centre", "emergency operations center", "control room", "eoc"},
            {"111", "NHS 111", "nhs 111", "111", "nhs111"},
            {"PTS", "Patient transport", "patient transport", "patient transport service", "patient transport services", "pts"},
            {"HART", "Resilience / HART", "resilience and hart", "resilience hart", "hart", "resilience"}};
    private static final List<String> PROVIDER = List.of("trust wide", "trustwide", "provider", "provider level", "trust", "all", "all services",
            "corporate", "organisation wide", "whole trust", "n a");

    private final List<CoreService> plan;
    private final List<CoreServiceName> added = new ArrayList<>();

    CoreServiceMatcher(List<CoreService> planServices) { this.plan = planServices; }

    private final java.util.Map<String, Match> seen = new java.util.HashMap<>();

    /** The same text gives the same answer, and a new service is reported once, on its first row. */
    Match match(String raw) {
        Match known = seen.get(raw);
        if (known != null) return known.isNew() ? new Match(false, known.service(), false) : known;
        Match m = find(raw);
        seen.put(raw, m);
        return m;
    }

    private Match find(String raw) {
        String k = Field.normalise(raw);
        if (PROVIDER.contains(k)) return new Match(true, null, false);
        for (CoreService s : plan) {
            if (Field.normalise(s.code()).equals(k) || Field.normalise(s.name()).equals(k)) return new Match(false, new CoreServiceName(s.code(), s.name()), false);
        }
        for (CoreServiceName s : added) {
            if (Field.normalise(s.code()).equals(k) || Field.normalise(s.name()).equals(k)) return new Match(false, s, false);
        }
        for (String[] u : USUAL) {
            for (int i = 2; i < u.length; i++) {
                if (u[i].equals(k)) return remember(new CoreServiceName(u[0], u[1]), false);
            }
        }
        return remember(new CoreServiceName(code(raw), raw.strip().replaceAll("\\s+", " ")), true);
    }

    /** A usual ambulance service is added quietly; a name Waymark has never seen is added with a warning, once. */
    private Match remember(CoreServiceName s, boolean unfamiliar) {
        // The plan may already hold a usual service under its name with another code.
        for (CoreService p : plan) {
            if (Field.normalise(p.name()).equals(Field.normalise(s.name())) || p.code().equalsIgnoreCase(s.code())) {
                return new Match(false, new CoreServiceName(p.code(), p.name()), false);
            }
        }
        added.add(s);
        return new Match(false, s, unfamiliar);
    }

    private static String code(String raw) {
        String t = raw.strip();
        if (t.length() <= 6 && !t.contains(" ")) return t.toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (String w : Field.normalise(t).split(" ")) if (!w.isEmpty() && !w.equals("and") && !w.equals("of")) sb.append(Character.toUpperCase(w.charAt(0)));
        return sb.length() == 0 ? t.toUpperCase(Locale.ROOT) : sb.toString();
    }
}
