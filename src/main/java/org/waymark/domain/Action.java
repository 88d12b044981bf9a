package org.waymark.domain;

import java.time.LocalDate;

/** An improvement-plan item: what will be done, by whom, by when, and how far it has got. */
public record Action(long id, String ref, String title, String description, Long requirementId, Long themeId,
                     Long executiveLeadId, Long operationalLeadId, Long committeeId,
                     LocalDate start, LocalDate originalDue, LocalDate currentDue,
                     ActionStatus status, int progress, BragOverride override, SignOff signOff) {

    public Action {
        if (ref == null || ref.isBlank()) throw new IllegalArgumentException("An action needs a reference");
        if (title == null || title.isBlank()) throw new IllegalArgumentException("Action " + ref + " needs a title");
        if (progress < 0 || progress > 100) throw new IllegalArgumentException("Progress must be between 0 and 100 %, not " + progress);
        if (status == null) status = ActionStatus.NOT_STARTED;
        if (start != null && originalDue != null && originalDue.isBefore(start)) {
            throw new IllegalArgumentException("Action " + ref + " is due (" + originalDue + ") before it starts (" + start + ")");
        }
    }

    public boolean overdue(LocalDate today) {
        return status != ActionStatus.COMPLETE && currentDue != null && currentDue.isBefore(today);
    }

    public Action withStatus(ActionStatus s, int p) {
        return new Action(id, ref, title, description, requirementId, themeId, executiveLeadId, operationalLeadId,
                committeeId, start, originalDue, currentDue, s, p, override, signOff);
    }

    public Action withCurrentDue(LocalDate due) {
        return new Action(id, ref, title, description, requirementId, themeId, executiveLeadId, operationalLeadId,
                committeeId, start, originalDue, due, status, progress, override, signOff);
    }

    public Action withOverride(BragOverride o) {
        return new Action(id, ref, title, description, requirementId, themeId, executiveLeadId, operationalLeadId,
                committeeId, start, originalDue, currentDue, status, progress, o, signOff);
    }

    public Action withSignOff(SignOff s) {
        return new Action(id, ref, title, description, requirementId, themeId, executiveLeadId, operationalLeadId,
                committeeId, start, originalDue, currentDue, status, progress, override, s);
    }
}
