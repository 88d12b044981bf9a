package org.waymark.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One action with what it refers to already looked up: its requirement, the source of that requirement, the core
 * service, both leads, its BRAG and whether it is overdue. The register on screen and the register exported to a
 * spreadsheet are both built from these rows, so they can never disagree about an action.
 */
public record ActionRow(Action action, Requirement requirement, RegulatorySource source, CoreService service,
                        Person executive, Person operational, BragResult brag, boolean overdue) {

    /** Every action in the plan's order, in one pass. */
    public static List<ActionRow> of(Plan plan, LocalDate today) {
        Map<Long, RegulatorySource> sources = sourcesById(plan);
        List<ActionRow> rows = new ArrayList<>(plan.actions().size());
        for (Action a : plan.actions()) rows.add(of(plan, a, sources, today));
        return rows;
    }

    /** One action's row; {@code sources} is {@link #sourcesById}, built once for many rows. */
    public static ActionRow of(Plan plan, Action a, Map<Long, RegulatorySource> sources, LocalDate today) {
        Requirement req = plan.requirement(a.requirementId()).orElse(null);
        return new ActionRow(a, req, req == null ? null : sources.get(req.sourceId()),
                req == null ? null : plan.coreService(req.coreServiceId()).orElse(null),
                plan.person(a.executiveLeadId()).orElse(null), plan.person(a.operationalLeadId()).orElse(null),
                plan.brag(a, today), a.overdue(today));
    }

    public static Map<Long, RegulatorySource> sourcesById(Plan plan) {
        Map<Long, RegulatorySource> sources = new HashMap<>();
        for (RegulatorySource s : plan.sources()) sources.put(s.id(), s);
        return sources;
    }

    /** Findings with no core service apply to the whole trust. */
    public boolean trustWide() { return requirement == null || requirement.coreServiceId() == null; }

    public String serviceName() { return trustWide() ? "Trust-wide" : service == null ? "" : service.name(); }

    /** The short label a narrow column shows: the service's code, or its name when it has none. */
    public String serviceCode() {
        if (trustWide()) return "Trust-wide";
        if (service == null) return "";
        return service.code() == null || service.code().isBlank() ? service.name() : service.code();
    }

    public String sourceReference() { return source == null ? "" : source.reference(); }

    public String executiveName() { return executive == null ? "" : executive.name(); }

    public String operationalName() { return operational == null ? "" : operational.name(); }
}
