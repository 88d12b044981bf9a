package org.waymark.domain.regulation;

import org.waymark.domain.BragCounts;

import java.util.List;

/**
 * One quality statement (or key line) against the plan: the findings and actions tagged with it, their BRAG, and
 * its gaps. {@code findingsWithoutAction} lists findings with no open or Blue action; {@code actionsWithoutEvidence}
 * lists actions with nothing offered as proof.
 */
public record StatementCoverage(FrameworkItem item, int findings, int actions, BragCounts brag,
                                List<String> findingsWithoutAction, List<String> actionsWithoutEvidence) {

    public boolean hasGap() { return !findingsWithoutAction.isEmpty() || !actionsWithoutEvidence.isEmpty(); }

    /** Neither findings nor actions: the plan says nothing about this statement. */
    public boolean untouched() { return findings == 0 && actions == 0; }
}
