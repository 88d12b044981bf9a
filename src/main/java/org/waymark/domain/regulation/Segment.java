package org.waymark.domain.regulation;

/** One segment of an oversight framework; {@code intensiveSupport} marks the one a trust works to leave. */
public record Segment(String code, String name, String description, boolean intensiveSupport) {
}
