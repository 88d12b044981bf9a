package org.waymark.report;

import org.waymark.app.BoardPackService;
import org.waymark.app.PackContent;
import org.waymark.app.PlanAtRow;
import org.waymark.app.PlanSession;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works a pack out again from the plan as its audit log says it stood at the pack's chain head, on the pack's day,
 * for its meeting and sections, and names every figure and section that comes out differently.
 */
final class PackRecheck {

    private PackRecheck() {}

    /** The differences, each a sentence; empty when the plan's state at that row gives exactly the pack's figures. */
    static List<String> differences(PlanSession plan, PackAnchor anchor) {
        PackAnchor.Made made = anchor.made().orElseThrow();
        Clock then = Clock.fixed(made.asAt().atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        List<String> out = new ArrayList<>();
        try (PlanAtRow past = PlanAtRow.open(plan, anchor.row(), then)) {
            for (String p : past.problems()) out.add("the log cannot rebuild " + p);
            BoardPackService service = new BoardPackService(past.session());
            PackContent content;
            if (made.meetingId() == 0) {
                content = service.contentAsAtToday(made.sections());
            } else if (service.meetings().stream().anyMatch(m -> m.id() == made.meetingId())) {
                content = service.content(made.meetingId(), made.sections());
            } else {
                out.add("the pack is for board meeting " + made.meetingId() + ", which the plan did not hold at that row");
                return out;
            }
            compare(made.fingerprint(), PackFingerprint.of(content), out);
        }
        return out;
    }

    private static void compare(PackFingerprint pack, PackFingerprint plan, List<String> out) {
        Map<String, String> theirs = byCaption(plan.figures());
        for (Map.Entry<String, String> f : byCaption(pack.figures()).entrySet()) {
            String again = theirs.get(f.getKey());
            if (!f.getValue().equals(again)) {
                out.add(f.getKey() + ": the pack says " + f.getValue() + ", the plan gives " + (again == null ? "no such figure" : again));
            }
        }
        List<String> sections = new ArrayList<>();
        for (Map.Entry<String, String> s : pack.sections().entrySet()) {
            if (!s.getValue().equals(plan.sections().get(s.getKey()))) sections.add(s.getKey());
        }
        if (!sections.isEmpty()) out.add("what the pack shows differs in " + (sections.size() == 1 ? "section " : "sections ") + String.join(", ", sections));
    }

    private static Map<String, String> byCaption(List<String> figures) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : figures) {
            int colon = f.lastIndexOf(": ");
            if (colon > 0) m.putIfAbsent(f.substring(0, colon), f.substring(colon + 2));
        }
        return m;
    }
}
