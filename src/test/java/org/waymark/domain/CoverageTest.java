package org.waymark.domain;

import org.junit.jupiter.api.Test;
import org.waymark.domain.regulation.Coverage;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.FrameworkItem;
import org.waymark.domain.regulation.InForce;
import org.waymark.domain.regulation.StatementCoverage;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;
import static org.waymark.domain.PlanFixture.*;

/** Coverage of quality statements and its gaps, on a hand-built plan whose answers are worked out by hand. */
class CoverageTest {

    static final Framework SAF = new Framework("saf", 1, "SAF", "CQC", "Quality statement",
            new InForce(TODAY.minusYears(3), null, null),
            List.of(new FrameworkItem("S1", KeyQuestion.SAFE, "Learning culture"),
                    new FrameworkItem("S6", KeyQuestion.SAFE, "Safe and effective staffing"),
                    new FrameworkItem("E5", KeyQuestion.EFFECTIVE, "Monitoring and improving outcomes"),
                    new FrameworkItem("W5", KeyQuestion.WELL_LED, "Governance, management and sustainability")),
            List.of());

    // WN1 → S6, WN2 → W5, SD1 → E5; A3 answers SD1 and is also tagged S6 directly.
    static final Map<Long, Set<String>> FINDING_TAGS = Map.of(WN1.id(), Set.of("S6"), WN2.id(), Set.of("W5"), SD1.id(), Set.of("E5"));
    static final Map<Long, Set<String>> ACTION_TAGS = Map.of(3L, Set.of("S6"));

    static final Action A1 = act(1, WN1.id(), ActionStatus.IN_PROGRESS, TODAY.plusDays(30), null);
    static final Action A2 = act(2, WN2.id(), ActionStatus.COMPLETE, TODAY.minusDays(10), null);  // complete, not assured
    static final Action A3 = act(3, SD1.id(), ActionStatus.NOT_STARTED, TODAY.plusDays(60), null);

    static Map<String, StatementCoverage> coverage(List<Action> actions, List<EvidenceItem> evidence) {
        return Coverage.of(SAF, plan(actions, evidence, List.of()), FINDING_TAGS, ACTION_TAGS, TODAY).stream()
                .collect(Collectors.toMap(c -> c.item().code(), Function.identity()));
    }

    @Test
    void countsFindingsAndActionsThroughTagsOnEither() {
        Map<String, StatementCoverage> c = coverage(List.of(A1, A2, A3), List.of(verified(1)));
        assertEquals(1, c.get("S6").findings());
        assertEquals(2, c.get("S6").actions(), "A1 through its finding, A3 through its own tag");
        assertEquals(1, c.get("E5").actions());
        assertTrue(c.get("S1").untouched());
        assertFalse(c.get("S1").hasGap(), "a statement with no findings has no gap to show");
        assertEquals(2, c.get("S6").brag().total());
    }

    @Test
    void aFindingWhoseOnlyActionIsCompleteButNotBlueIsAGap() {
        Map<String, StatementCoverage> c = coverage(List.of(A1, A2, A3), List.of(verified(1)));
        assertEquals(List.of("WN2"), c.get("W5").findingsWithoutAction());
        assertEquals(List.of(), c.get("S6").findingsWithoutAction());
        assertEquals(List.of("A2"), c.get("W5").actionsWithoutEvidence());
        assertEquals(List.of("A3"), c.get("S6").actionsWithoutEvidence());
        assertTrue(c.get("W5").hasGap());
    }

    @Test
    void aBlueActionClosesTheGap() {
        Action blue = act(4, WN2.id(), ActionStatus.COMPLETE, TODAY.minusDays(5), new SignOff("Quality committee", null, TODAY.minusDays(2)));
        Map<String, StatementCoverage> c = coverage(List.of(A1, A2, A3, blue), List.of(verified(1), verified(4)));
        assertEquals(Brag.BLUE, plan(List.of(blue), List.of(verified(4)), List.of()).brag(blue, TODAY).brag(), "fixture check");
        assertEquals(List.of(), c.get("W5").findingsWithoutAction());
        assertEquals(List.of("A2"), c.get("W5").actionsWithoutEvidence());
    }
}
