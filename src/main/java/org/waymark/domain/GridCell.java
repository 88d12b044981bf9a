package org.waymark.domain;

import java.util.List;
import java.util.Objects;

/** A cell of the key question × core service grid. A null core service is the provider (trust-wide) level. */
public record GridCell(KeyQuestion keyQuestion, Long coreServiceId) {

    /** Whether a requirement falls in this cell: same key question, same core service (both null = trust-wide). */
    public boolean holds(Requirement r) {
        return r != null && r.keyQuestion() == keyQuestion && Objects.equals(r.coreServiceId(), coreServiceId);
    }

    /** The actions whose requirement falls in this cell, in plan order: what a click on the heat-map cell lists. */
    public List<Action> actionsIn(Plan plan) {
        return plan.actions().stream().filter(a -> holds(plan.requirement(a.requirementId()).orElse(null))).toList();
    }
}
