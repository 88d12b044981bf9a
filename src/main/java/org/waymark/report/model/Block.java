package org.waymark.report.model;

import org.waymark.domain.BragCounts;

import java.util.List;

/**
 * What a section is made of. Each renderer draws every kind; a new kind of content is a new record here plus one
 * drawing method in each renderer.
 */
public sealed interface Block {

    /** Body text; a lead is the line under a title; a note is secondary text (what an empty section means). */
    record Paragraph(String text, Kind kind) implements Block {
        public static Paragraph of(String text) { return new Paragraph(text, Kind.BODY); }

        public static Paragraph note(String text) { return new Paragraph(text, Kind.NOTE); }
    }

    enum Kind { BODY, LEAD, NOTE }

    /** An XmR chart (Making Data Count) of one metric, with its points as a table. */
    record XmrChart(String title, String description, org.waymark.domain.Metric metric, Table data) implements Block {}

    /** A sub-heading inside a section. */
    record Heading(String text) implements Block {}

    /** A row of large numbers with captions. */
    record Figures(List<Figure> figures) implements Block {
        public Figures { figures = List.copyOf(figures); }
    }

    record Figure(String value, String caption) {}

    /** A table; {@code empty} is said instead when it has no rows. The first column heads each row. */
    record Table(String caption, List<Column> columns, List<List<Cell>> rows, String empty) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (List<Cell> r : rows) {
                if (r.size() != columns.size()) throw new IllegalArgumentException("Row has " + r.size() + " cells for " + columns.size() + " columns");
            }
        }

        /** A table with no column headings: label and value pairs, such as the cover sheet. */
        public boolean headless() { return columns.stream().allMatch(c -> c.header().isEmpty()); }
    }

    /** Stacked BRAG bars, one per label; {@code data} is the same numbers as a table. */
    record BragChart(String title, String description, List<String> labels, List<BragCounts> counts, Table data) implements Block {
        public BragChart {
            labels = List.copyOf(labels);
            counts = List.copyOf(counts);
        }
    }

    /** A line chart over months in one unit; markers mark a change of definition. */
    record LineChart(String title, String description, String unit, List<String> periods, List<Series> series,
                     List<Marker> markers, Table data) implements Block {
        public LineChart {
            periods = List.copyOf(periods);
            series = List.copyOf(series);
            markers = List.copyOf(markers);
        }
    }

    /** One line of a line chart; NaN leaves a gap. Styles are told apart by dash and dots as well as colour. */
    record Series(String name, SeriesStyle style, double[] values) {}

    enum SeriesStyle { ACTUAL, TARGET, TRAJECTORY }

    record Marker(int index, String label) {}

    /** A Gantt of the actions grouped by requirement, with today and the board meeting marked. */
    record Timeline(String title, TimelineData data, Table table) implements Block {}
}
