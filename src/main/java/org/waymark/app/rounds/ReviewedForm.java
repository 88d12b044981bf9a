package org.waymark.app.rounds;

import java.time.LocalDate;
import java.util.List;

/**
 * One returned file after review. {@code problem} is set when the whole form is refused (another plan, an
 * unknown or superseded round, a changed hidden sheet); then {@code changes} holds that one refusal.
 * {@code formId} is 0 when the form is not one this plan issued.
 */
public record ReviewedForm(String file, long formId, String owner, LocalDate formDate, String problem, List<ProposedChange> changes) {

    public boolean refused() { return problem != null; }

    public ReviewedForm with(List<ProposedChange> changed) {
        return new ReviewedForm(file, formId, owner, formDate, problem, List.copyOf(changed));
    }
}
