package org.waymark.app;

import org.waymark.domain.ActionStatus;
import org.waymark.domain.BragOverride;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;

import java.time.LocalDate;
import java.util.List;

/**
 * One spreadsheet row, already read and checked, ready to become an action. People and core services are named,
 * not ids: the import matches them to the plan's, or creates them, inside its one transaction.
 *
 * @param finding      the requirement or finding text; null when the row names none
 * @param coreService  code and name of the core service, or null for provider level
 * @param override     the sheet's BRAG when it differs from what the rules give, or null
 * @param evidence     text that becomes one unverified evidence item, or null
 * @param update       text that becomes one dated progress update, or null
 * @param tags         codes of the plan's framework items (quality statements, key lines) the row names: they tag
 *                     the row's finding, or the action when the row names no finding
 */
public record ImportedAction(String ref, String title, String description,
                            String finding, Priority priority, Integer regulation, KeyQuestion keyQuestion,
                            CoreServiceName coreService, String executiveLead, String operationalLead,
                            LocalDate start, LocalDate due, ActionStatus status, int progress, BragOverride override,
                            String evidence, String update, LocalDate updateDate, List<String> tags) {

    public ImportedAction {
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    /** A core service as the sheet names it. */
    public record CoreServiceName(String code, String name) {}

    public boolean hasRequirement() {
        return finding != null || priority != null || regulation != null || keyQuestion != null || coreService != null;
    }
}
