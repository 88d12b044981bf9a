package org.waymark.ui.timeline;

import javafx.scene.control.TableView;
import org.waymark.domain.Brag;
import org.waymark.ui.widgets.BragChip;
import org.waymark.ui.widgets.DataTable;
import org.waymark.ui.widgets.Forms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The Gantt in words (the chart's accessible text) and as a table of the same rows, for "Show as table". */
final class TimelineTable {

    private TimelineTable() {}

    /** "Timeline of 60 actions in 12 groups, from 01/06/2016 to 01/03/2019: 9 Red, 14 Amber, 30 Green, 7 Blue. Next: …" */
    static String sentence(TimelineModel m) {
        Map<Brag, Integer> counts = new EnumMap<>(Brag.class);
        int bars = 0;
        for (TimelineModel.Row r : m.rows()) {
            if (r instanceof TimelineModel.BarRow b) { bars++; counts.merge(b.brag(), 1, Integer::sum); }
        }
        List<String> parts = new ArrayList<>();
        for (Brag b : Brag.values()) if (counts.containsKey(b)) parts.add(counts.get(b) + " " + b.label());
        String next = m.markers().stream().filter(k -> k.kind() != TimelineModel.Marker.Kind.TODAY)
                .filter(k -> !k.date().isBefore(m.markers().stream().filter(t -> t.kind() == TimelineModel.Marker.Kind.TODAY)
                        .findFirst().map(TimelineModel.Marker::date).orElse(m.from())))
                .findFirst().map(k -> " Next marker: " + k.label() + " on " + Forms.date(k.date()) + ".").orElse("");
        String regime = m.markers().stream().filter(k -> k.kind() == TimelineModel.Marker.Kind.REGIME)
                .map(k -> Forms.date(k.date()) + ", " + k.label()).reduce((a, b) -> a + "; " + b).map(s -> " Regime steps: " + s + ".").orElse("");
        return "Timeline of " + bars + " actions in " + (m.rows().size() - bars) + " groups, from " + Forms.date(m.from()) + " to "
                + Forms.date(m.to()) + ": " + String.join(", ", parts) + "." + next + regime + " Show as table lists every bar.";
    }

    static TableView<List<String>> table(TimelineModel m) {
        List<List<String>> rows = new ArrayList<>();
        String group = "";
        for (TimelineModel.Row r : m.rows()) {
            if (r instanceof TimelineModel.GroupRow g) { group = g.label(); continue; }
            TimelineModel.BarRow b = (TimelineModel.BarRow) r;
            rows.add(List.of(b.ref(), b.title(), group, d(b.start()), d(b.originalDue()), d(b.currentDue()),
                    BragChip.shape(b.brag()) + " " + b.brag().label(), b.slipped() ? "Yes" : "No"));
        }
        TableView<List<String>> t = DataTable.of("Timeline as a table: one row per action", List.of("Ref", "Title", m.grouping().toString(),
                "Start", "Original due", "Current due", "BRAG", "Slipped"), rows);
        t.setId("timeline-table");
        return t;
    }

    private static String d(java.time.LocalDate date) { return date == null ? "—" : Forms.date(date); }
}
