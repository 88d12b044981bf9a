package org.waymark.app.rounds;

import java.time.LocalDate;

/** What the hidden sheet says about the form itself: which plan, round and owner it was issued for, and when. */
public record FormIdentity(String planIdentity, long roundId, String token, long ownerId, LocalDate issuedOn) {
}
