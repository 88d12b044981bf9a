package org.waymark.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Builds small in-memory plans with known answers for the domain rules. */
final class PlanFixture {

    static final LocalDate TODAY = LocalDate.of(2018, 11, 25);

    static final CoreService EOC = new CoreService(1, "EOC", "Emergency operations centre");
    static final CoreService EUC = new CoreService(2, "EUC", "Emergency and urgent care");
    static final RegulatorySource NOTICE = new RegulatorySource(1, SourceKind.WARNING_NOTICE_S29A, "WN", "Warning notice", TODAY.minusYears(2), "");
    static final RegulatorySource REPORT = new RegulatorySource(2, SourceKind.INSPECTION_REPORT, "IR", "Report", TODAY.minusYears(1), "");
    static final Requirement WN1 = new Requirement(1, 1, "WN1", Priority.MUST, "Staff EOC", 18, KeyQuestion.SAFE, 1L, TODAY.plusDays(10));
    static final Requirement WN2 = new Requirement(2, 1, "WN2", Priority.MUST, "Governance", 17, KeyQuestion.WELL_LED, null, TODAY.minusDays(5));
    static final Requirement SD1 = new Requirement(3, 2, "SD1", Priority.SHOULD, "Appraisals", null, KeyQuestion.EFFECTIVE, 2L, null);

    static Action act(long id, long requirement, ActionStatus status, LocalDate due, SignOff signOff) {
        return new Action(id, "A" + id, "Action " + id, "", requirement, null, null, null, null, TODAY.minusDays(200), due, due,
                status, status == ActionStatus.COMPLETE ? 100 : 50, null, signOff);
    }

    static EvidenceItem verified(long actionId) {
        return new EvidenceItem(actionId * 10, actionId, "Doc", "e", "", TODAY.minusDays(20), "Verifier", TODAY.minusDays(10), null);
    }

    static Plan plan(List<Action> actions, List<EvidenceItem> evidence, List<Snapshot> snapshots) {
        return plan(actions, evidence, snapshots, List.of(), List.of());
    }

    static Plan plan(List<Action> actions, List<EvidenceItem> evidence, List<Snapshot> snapshots, List<Metric> metrics, List<ExitCriterion> criteria) {
        return new Plan(Organisation.named("Trust"), inSpecialMeasuresSince(TODAY.minusMonths(20)), BragKey.standard(),
                List.of(EOC, EUC), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(NOTICE, REPORT), List.of(WN1, WN2, SD1),
                actions, List.of(), List.of(), evidence, List.of(), Map.of(), metrics, criteria, List.of(), snapshots);
    }

    static RegimeHistory inSpecialMeasuresSince(java.time.LocalDate entered) {
        return new RegimeHistory(List.of(new RegimeEntry(1, entered, RegimeEvent.ENTERED, "special-measures-quality", null, "")));
    }
}
