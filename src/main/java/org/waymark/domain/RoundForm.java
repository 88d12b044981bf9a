package org.waymark.domain;

import java.time.LocalDate;

/**
 * One update form as issued to one owner. The token names the form in its hidden sheet; the digest covers that
 * sheet as issued, so a form whose hidden sheet was edited is recognised. A chase issues a new form.
 */
public record RoundForm(long id, long roundId, long personId, String token, String digest, LocalDate issuedOn, int actions, boolean chase) {
}
