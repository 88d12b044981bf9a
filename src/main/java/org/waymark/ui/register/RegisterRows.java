package org.waymark.ui.register;

import org.waymark.domain.Action;
import org.waymark.domain.ActionRow;
import org.waymark.domain.Plan;
import org.waymark.domain.RegulatorySource;
import org.waymark.domain.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** Builds the register's rows, with their search text, from the plan's action rows. */
public final class RegisterRows {

    private RegisterRows() {}

    public static List<RegisterRow> of(Plan plan, LocalDate today) {
        List<RegisterRow> rows = new ArrayList<>(plan.actions().size());
        for (ActionRow r : ActionRow.of(plan, today)) rows.add(row(r, rows.size()));
        return rows;
    }

    /**
     * The same rows as {@link #of(Plan, LocalDate)}, reusing {@code previous} (built from {@code before} on the same
     * day) for every action the plan still shares with {@code before}: a refreshed plan ({@code Plan.withActions})
     * keeps the very objects of the actions a write did not touch, so an identity check says what is unchanged.
     * Anything plan-wide that differs (people, findings, sources, services, the BRAG key, the day) builds every row.
     */
    public static List<RegisterRow> of(Plan plan, LocalDate today, Plan before, LocalDate builtOn, List<RegisterRow> previous) {
        if (before == null || previous == null || !today.equals(builtOn) || plan.people() != before.people()
                || plan.requirements() != before.requirements() || plan.sources() != before.sources()
                || plan.coreServices() != before.coreServices() || plan.bragKey() != before.bragKey()) {
            return of(plan, today);
        }
        Map<Long, RegisterRow> kept = new HashMap<>(previous.size() * 2);
        for (RegisterRow r : previous) kept.put(r.actionId(), r);
        Map<Long, RegulatorySource> sources = null;
        List<RegisterRow> rows = new ArrayList<>(plan.actions().size());
        for (Action a : plan.actions()) {
            RegisterRow old = kept.get(a.id());
            if (old != null && old.order() == rows.size() && before.action(a.id()).orElse(null) == a
                    && before.evidenceOf(a.id()) == plan.evidenceOf(a.id()) && before.revisionsOf(a.id()) == plan.revisionsOf(a.id())) {
                rows.add(old);
                continue;
            }
            if (sources == null) sources = ActionRow.sourcesById(plan);
            rows.add(row(ActionRow.of(plan, a, sources, today), rows.size()));
        }
        return rows;
    }

    private static RegisterRow row(ActionRow r, int order) {
        Action a = r.action();
        Requirement req = r.requirement();
        String search = String.join("\u0001", a.ref(), a.title(), nz(a.description()), r.sourceReference(), r.executiveName(), r.operationalName(),
                r.serviceCode(), r.trustWide() ? "" : r.serviceName(), req == null ? "" : nz(req.text())).toLowerCase(Locale.ROOT);
        return new RegisterRow(a.id(), a.ref(), a.title(), r.sourceReference(), r.source() == null ? null : r.source().id(),
                req == null ? null : req.priority(), req == null ? null : req.keyQuestion(), r.serviceCode(),
                req == null ? null : req.coreServiceId(), r.executiveName(), a.executiveLeadId(), r.operationalName(), a.operationalLeadId(),
                a.originalDue(), a.currentDue(), a.status(), a.progress(), r.brag().brag(), r.brag().reason(), r.brag().overridden(),
                r.overdue(), search, order);
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
