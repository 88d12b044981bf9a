package org.waymark.app;

/**
 * A change the rules do not allow, with the field it concerns (for showing beside that field) and a message
 * that says what to do instead.
 */
public class Refused extends RuntimeException {
    private final String field;

    public Refused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() { return field; }
}
