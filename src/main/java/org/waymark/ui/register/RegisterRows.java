package org.waymark.ui.register;

import org.waymark.domain.Action;
import org.waymark.domain.ActionRow;
import org.waymark.domain.Plan;
import org.waymark.domain.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds the register's rows, with their search text, from the plan's action rows. */
public final class RegisterRows {

    private RegisterRows() {}

    public static List<RegisterRow> of(Plan plan, LocalDate today) {
        List<RegisterRow> rows = new ArrayList<>(plan.actions().size());
        for (ActionRow r : ActionRow.of(plan, today)) {
            Action a = r.action();
            Requirement req = r.requirement();
            String search = String.join("\u0001", a.ref(), a.title(), nz(a.description()), r.sourceReference(), r.executiveName(), r.operationalName(),
                    r.serviceCode(), r.trustWide() ? "" : r.serviceName(), req == null ? "" : nz(req.text())).toLowerCase(Locale.ROOT);
            rows.add(new RegisterRow(a.id(), a.ref(), a.title(), r.sourceReference(), r.source() == null ? null : r.source().id(),
                    req == null ? null : req.priority(), req == null ? null : req.keyQuestion(), r.serviceCode(),
                    req == null ? null : req.coreServiceId(), r.executiveName(), a.executiveLeadId(), r.operationalName(), a.operationalLeadId(),
                    a.originalDue(), a.currentDue(), a.status(), a.progress(), r.brag().brag(), r.brag().reason(), r.brag().overridden(),
                    r.overdue(), search, rows.size()));
        }
        return rows;
    }

    private static String nz(String s) { return s == null ? "" : s; }
}
