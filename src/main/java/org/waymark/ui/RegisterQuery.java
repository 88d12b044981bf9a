package org.waymark.ui;

import org.waymark.domain.Brag;
import org.waymark.domain.KeyQuestion;
import org.waymark.domain.Priority;

/**
 * A filter on the register that other views can ask for. Null fields do not filter. A null core service with
 * {@code providerLevel} true means "trust-wide requirements only".
 */
public record RegisterQuery(String text, Brag brag, KeyQuestion keyQuestion, Long coreServiceId, boolean providerLevel,
                            Long ownerId, Priority priority, boolean overdueOnly, Integer dueWithinDays) {

    public static RegisterQuery all() {
        return new RegisterQuery(null, null, null, null, false, null, null, false, null);
    }

    public static RegisterQuery cell(KeyQuestion question, Long coreServiceId) {
        return new RegisterQuery(null, null, question, coreServiceId, coreServiceId == null, null, null, false, null);
    }
}
