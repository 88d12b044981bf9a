package org.waymark.domain;

/** A core service CQC rates separately, such as "Emergency operations centre" (EOC). The list is per trust. */
public record CoreService(long id, String code, String name) {
    public String label() { return name; }
}
