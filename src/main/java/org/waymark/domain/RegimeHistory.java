package org.waymark.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plan's regime history in date order: the one place that says which regime the trust is in, since when, and
 * in which segment. The last entry decides; a {@link RegimeEvent#LEFT} entry means the trust is in none.
 */
public record RegimeHistory(List<RegimeEntry> entries) {

    private static final Comparator<RegimeEntry> ORDER = Comparator.comparing(RegimeEntry::effectiveOn).thenComparingLong(RegimeEntry::id);

    public RegimeHistory {
        entries = entries.stream().sorted(ORDER).toList();
    }

    public static RegimeHistory empty() { return new RegimeHistory(List.of()); }

    /** The entry that put the trust where it is now (an entry or a segment change); empty when in no regime. */
    public Optional<RegimeEntry> current() {
        if (entries.isEmpty()) return Optional.empty();
        RegimeEntry last = entries.get(entries.size() - 1);
        return last.event() == RegimeEvent.LEFT ? Optional.empty() : Optional.of(last);
    }

    /** The day the current stay began: a segment change does not restart the clock, moving regime does. */
    public Optional<LocalDate> enteredOn() {
        Optional<RegimeEntry> now = current();
        if (now.isEmpty()) return Optional.empty();
        LocalDate entered = now.get().effectiveOn();
        for (int i = entries.size() - 1; i >= 0; i--) {
            RegimeEntry e = entries.get(i);
            if (!e.regime().equals(now.get().regime())) break;
            entered = e.effectiveOn();
            if (e.event() == RegimeEvent.ENTERED) break;
        }
        return Optional.of(entered);
    }

    /** Whole months in the current regime, or 0 when in none. */
    public long monthsIn(LocalDate today) {
        return enteredOn().filter(d -> !today.isBefore(d)).map(d -> ChronoUnit.MONTHS.between(d, today)).orElse(0L);
    }

    /** Why {@code next} cannot follow this history, in words for the user; empty when it can. */
    public Optional<String> refusal(RegimeEntry next) {
        if (next.effectiveOn() == null) return Optional.of("Give the date it took effect.");
        if (next.regime() == null || next.regime().isBlank()) return Optional.of("Choose the regime.");
        if (!entries.isEmpty() && next.effectiveOn().isBefore(entries.get(entries.size() - 1).effectiveOn())) {
            return Optional.of("The history already has an entry dated after " + next.effectiveOn() + "; record changes in date order.");
        }
        Optional<RegimeEntry> now = current();
        boolean sameRegime = now.isPresent() && now.get().regime().equals(next.regime());
        return switch (next.event()) {
            case ENTERED -> sameRegime ? Optional.of("The trust is already in this regime; record a segment change instead.") : Optional.empty();
            case SEGMENT_CHANGED -> !sameRegime ? Optional.of("A segment can change only within the regime the trust is in.")
                    : next.segment() == null || next.segment().equals(now.get().segment())
                    ? Optional.of("Choose a segment other than the current one.") : Optional.empty();
            case LEFT -> !sameRegime ? Optional.of("The trust is not in this regime, so it cannot leave it.") : Optional.empty();
        };
    }
}
