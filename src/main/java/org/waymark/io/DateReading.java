package org.waymark.io;

import org.waymark.domain.ActionStatus;

import java.time.LocalDate;

/**
 * A date cell as read: a date, or no date with the status a word implied ("Complete"), with a warning when the
 * reading needed judgement, or an error when the cell names a date that does not exist.
 */
record DateReading(LocalDate date, ActionStatus impliedStatus, String warning, String error) {

    static final DateReading BLANK = new DateReading(null, null, null, null);

    static DateReading exact(LocalDate d) { return new DateReading(d, null, null, null); }
    static DateReading judged(LocalDate d, String warning) { return new DateReading(d, null, warning, null); }
    static DateReading word(ActionStatus status, String warning) { return new DateReading(null, status, warning, null); }
    static DateReading impossible(String error) { return new DateReading(null, null, null, error); }

    boolean blank() { return date == null && impliedStatus == null && warning == null && error == null; }
}
