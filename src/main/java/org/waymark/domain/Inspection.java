package org.waymark.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A CQC inspection and the ratings grid its report published. */
public record Inspection(long id, String label, LocalDate visitStart, LocalDate visitEnd, LocalDate published,
                         List<RatingEntry> ratings) {

    public Inspection {
        ratings = List.copyOf(ratings);
    }

    public Optional<Rating> rating(KeyQuestion question, Long coreServiceId) {
        return ratings.stream()
                .filter(r -> r.keyQuestion() == question && java.util.Objects.equals(r.coreServiceId(), coreServiceId))
                .map(RatingEntry::rating).findFirst();
    }

    /** The key questions rated Inadequate at provider (trust-wide) level, in key-question order. */
    public java.util.List<KeyQuestion> inadequateQuestions() {
        java.util.List<KeyQuestion> out = new java.util.ArrayList<>();
        for (KeyQuestion q : KeyQuestion.values()) {
            if (rating(q, null).orElse(Rating.NOT_RATED) == Rating.INADEQUATE) out.add(q);
        }
        return out;
    }

    /**
     * The usual entry rule for special measures: Inadequate in at least two of the five key questions at
     * provider level, one of them Well-led.
     */
    public boolean meetsSpecialMeasuresEntryRule() {
        long inadequate = 0;
        boolean wellLedInadequate = false;
        for (KeyQuestion q : KeyQuestion.values()) {
            if (rating(q, null).orElse(Rating.NOT_RATED) == Rating.INADEQUATE) {
                inadequate++;
                if (q == KeyQuestion.WELL_LED) wellLedInadequate = true;
            }
        }
        return inadequate >= 2 && wellLedInadequate;
    }
}
