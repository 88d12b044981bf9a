package org.waymark.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BragRulesTest {

    static final LocalDate TODAY = LocalDate.of(2018, 11, 25);
    static final EvidenceItem VERIFIED = new EvidenceItem(1, 1, "Document", "r.pdf", "", TODAY.minusDays(10), "Head of Governance", TODAY.minusDays(5), null);
    static final EvidenceItem UNVERIFIED = new EvidenceItem(2, 1, "Document", "r.pdf", "", TODAY.minusDays(10), null, null, null);
    static final SignOff SIGNED = new SignOff("Chair", 1L, TODAY.minusDays(2));
    static final DateRevision APPROVED = new DateRevision(1, 1, TODAY.minusDays(30), TODAY.plusDays(60), "Supplier", "Manual checks", "Director", TODAY.minusDays(40));
    static final DateRevision PENDING = new DateRevision(2, 1, TODAY.plusDays(60), TODAY.plusDays(120), "Supplier", "Manual checks", null, null);

    static Action action(ActionStatus status, int progress, LocalDate start, LocalDate due, BragOverride override, SignOff signOff) {
        return new Action(1, "A1", "Title", "", null, null, null, null, null, start, due, due, status, progress, override, signOff);
    }

    static Stream<Arguments> cases() {
        LocalDate longAgo = TODAY.minusDays(300);
        return Stream.of(
                Arguments.of("override wins over everything", action(ActionStatus.IN_PROGRESS, 10, longAgo, TODAY.minusDays(5), new BragOverride(Brag.AMBER, "Recovery plan agreed"), null), List.of(), List.of(), Brag.AMBER, true),
                Arguments.of("complete + verified + signed off is Blue", action(ActionStatus.COMPLETE, 100, longAgo, TODAY.minusDays(5), null, SIGNED), List.of(VERIFIED), List.of(), Brag.BLUE, false),
                Arguments.of("complete without sign-off is Green", action(ActionStatus.COMPLETE, 100, longAgo, TODAY.minusDays(5), null, null), List.of(VERIFIED), List.of(), Brag.GREEN, false),
                Arguments.of("complete with unverified evidence is Green", action(ActionStatus.COMPLETE, 100, longAgo, TODAY.minusDays(5), null, SIGNED), List.of(UNVERIFIED), List.of(), Brag.GREEN, false),
                Arguments.of("complete with no evidence at all is Green", action(ActionStatus.COMPLETE, 100, longAgo, TODAY.plusDays(5), null, null), List.of(), List.of(), Brag.GREEN, false),
                Arguments.of("overdue is Red", action(ActionStatus.IN_PROGRESS, 90, longAgo, TODAY.minusDays(1), null, null), List.of(), List.of(), Brag.RED, false),
                Arguments.of("due today is not overdue", action(ActionStatus.IN_PROGRESS, 100, longAgo, TODAY, null, null), List.of(), List.of(), Brag.GREEN, false),
                Arguments.of("on hold is Red (off track)", action(ActionStatus.ON_HOLD, 50, longAgo, TODAY.plusDays(200), null, null), List.of(), List.of(), Brag.RED, false),
                Arguments.of("pending revision is Amber", action(ActionStatus.IN_PROGRESS, 50, longAgo, TODAY.plusDays(200), null, null), List.of(), List.of(PENDING), Brag.AMBER, false),
                Arguments.of("approved revision alone is not Amber", action(ActionStatus.IN_PROGRESS, 80, longAgo, TODAY.plusDays(200), null, null), List.of(), List.of(APPROVED), Brag.GREEN, false),
                Arguments.of("behind plan inside warning window is Amber", action(ActionStatus.IN_PROGRESS, 20, longAgo, TODAY.plusDays(10), null, null), List.of(), List.of(), Brag.AMBER, false),
                Arguments.of("ahead of plan inside warning window is Green", action(ActionStatus.IN_PROGRESS, 99, longAgo, TODAY.plusDays(10), null, null), List.of(), List.of(), Brag.GREEN, false),
                Arguments.of("behind plan outside warning window is Green", action(ActionStatus.IN_PROGRESS, 5, longAgo, TODAY.plusDays(31), null, null), List.of(), List.of(), Brag.GREEN, false),
                Arguments.of("no due date is Green", action(ActionStatus.NOT_STARTED, 0, null, null, null, null), List.of(), List.of(), Brag.GREEN, false),
                Arguments.of("overdue outranks a pending revision", action(ActionStatus.IN_PROGRESS, 10, longAgo, TODAY.minusDays(3), null, null), List.of(), List.of(PENDING), Brag.RED, false),
                Arguments.of("override to Red of an on-track action", action(ActionStatus.IN_PROGRESS, 60, longAgo, TODAY.plusDays(100), new BragOverride(Brag.RED, "Key supplier in administration"), null), List.of(), List.of(), Brag.RED, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void assesses(String name, Action action, List<EvidenceItem> evidence, List<DateRevision> revisions, Brag expected, boolean overridden) {
        BragResult result = new BragRules(BragKey.standard()).assess(action, evidence, revisions, TODAY);
        assertEquals(expected, result.brag(), result.reason());
        assertEquals(overridden, result.overridden());
    }

    @ParameterizedTest(name = "warning window {0} days")
    @org.junit.jupiter.params.provider.CsvSource({"5, GREEN", "10, AMBER"})
    void warningWindowIsConfigurable(int window, Brag expected) {
        BragKey key = new BragKey(BragKey.standard().meanings(), window, 2, 90);
        Action a = action(ActionStatus.IN_PROGRESS, 20, TODAY.minusDays(300), TODAY.plusDays(8), null, null);
        assertEquals(expected, new BragRules(key).assess(a, List.of(), List.of(), TODAY).brag());
    }
}
