package org.waymark.ui.register;

import org.waymark.domain.ActionStatus;
import org.waymark.domain.Brag;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;

import java.time.LocalDate;

/**
 * One register line, computed once per plan revision so sorting and filtering never touch the plan again.
 * {@code search} is the lower-cased text a search matches against; ids are kept for exact filters; {@code order}
 * is the row's place in the plan, which the table keeps when it is not sorted.
 */
public record RegisterRow(long actionId, String ref, String title, String sourceRef, Long sourceId, Priority priority,
                          KeyQuestion keyQuestion, String coreService, Long coreServiceId, String executiveLead,
                          Long executiveLeadId, String operationalLead, Long operationalLeadId, LocalDate originalDue,
                          LocalDate currentDue, ActionStatus status, int progress, Brag brag, String bragReason,
                          boolean overridden, boolean overdue, String search, int order) {

    public boolean ownedBy(long personId) {
        return (executiveLeadId != null && executiveLeadId == personId) || (operationalLeadId != null && operationalLeadId == personId);
    }

    public boolean revised() { return originalDue != null && currentDue != null && !originalDue.equals(currentDue); }
}
