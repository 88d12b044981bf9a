package org.waymark.app.rounds;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** Dates as owners type them: real calendar dates only. */
class RoundDatesTest {

    @Test
    void realDatesParseAndImpossibleOnesDoNot() {
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), RoundDates.parse("28/02/2027"));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 3)), RoundDates.parse("3/2/2027"));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), RoundDates.parse("2027-02-28"));
        assertEquals(Optional.empty(), RoundDates.parse("31/02/2027"));
        assertEquals(Optional.empty(), RoundDates.parse("29/02/2027"));
        assertEquals(Optional.empty(), RoundDates.parse("next month"));
        assertEquals(Optional.empty(), RoundDates.parse("=TODAY()+30"));
        assertEquals("05/01/2027", RoundDates.uk(LocalDate.of(2027, 1, 5)));
    }
}
