package org.waymark.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.paint.Paint;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The theme's colours for the Gantt's Canvas. CSS does not reach inside a Canvas, so each colour is the text fill of
 * a hidden label with its style class, which the chart holds as a child: a theme switch restyles the labels, and
 * the next frame draws in the new colours.
 */
final class GanttColours {

    private final Label text = probe("wm-gantt-text");
    private final Label muted = probe("wm-gantt-muted");
    private final Label band = probe("wm-gantt-band");
    private final Label line = probe("wm-gantt-line");
    private final Map<TimelineModel.Marker.Kind, Label> markers = new EnumMap<>(Map.of(
            TimelineModel.Marker.Kind.TODAY, probe("wm-marker-today"),
            TimelineModel.Marker.Kind.DEADLINE, probe("wm-marker-deadline"),
            TimelineModel.Marker.Kind.INSPECTION, probe("wm-marker-inspection"),
            TimelineModel.Marker.Kind.BOARD, probe("wm-marker-board"),
            TimelineModel.Marker.Kind.REGIME, probe("wm-marker-regime")));

    private static Label probe(String style) {
        Label l = new Label();
        l.getStyleClass().add(style);
        l.setManaged(false);
        l.setVisible(false);
        return l;
    }

    /** The labels, for the chart to add as children so that CSS styles them. */
    List<Label> probes() {
        List<Label> all = new java.util.ArrayList<>(List.of(text, muted, band, line));
        all.addAll(markers.values());
        return all;
    }

    Paint text() { return text.getTextFill(); }

    Paint muted() { return muted.getTextFill(); }

    Paint band() { return band.getTextFill(); }

    Paint line() { return line.getTextFill(); }

    Paint marker(TimelineModel.Marker.Kind kind) { return markers.get(kind).getTextFill(); }
}
