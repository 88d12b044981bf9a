package org.waymark.report.model;

/** A table column: its heading, its share of the width, and whether its figures align right. */
public record Column(String header, float weight, boolean right) {

    public static Column left(String header, float weight) { return new Column(header, weight, false); }

    public static Column right(String header, float weight) { return new Column(header, weight, true); }
}
