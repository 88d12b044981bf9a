package org.waymark.domain;

import java.time.LocalDate;

/** A meeting of the board or one of its committees that receives the plan. */
public record BoardMeeting(long id, String name, LocalDate meetingDate) {
}
