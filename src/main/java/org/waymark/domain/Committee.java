package org.waymark.domain;

/** A board committee that gives assurance on actions, such as the Quality and Safety Committee. */
public record Committee(long id, String name) {
}
