package org.waymark.app;

import org.waymark.domain.EvidenceFile;
import java.util.Map;

import org.waymark.domain.BoardMeeting;
import org.waymark.domain.BoardPackCover;
import org.waymark.domain.Movement;
import org.waymark.domain.Plan;
import org.waymark.domain.ReadinessSummary;
import org.waymark.domain.Snapshot;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.RegimeStatus;
import org.waymark.domain.regulation.RegimeStep;
import org.waymark.domain.regulation.StatementCoverage;
import java.util.List;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * What one board pack shows: the plan as of today, for a meeting, against the previous board's snapshot, and the
 * head of the audit chain the figures come from, where the trust stands in its regime (for the regime's words), the
 * regime history's steps in those words, and
 * the coverage of its CQC framework's items.
 */
public record PackContent(Plan plan, LocalDate today, BoardMeeting meeting, BoardPackCover cover, ReadinessSummary readiness,
                          Optional<Snapshot> baseline, Movement movement, Set<PackSection> sections, ChainHead chain,
                          Map<Long, EvidenceFile> evidenceFiles, LastBoardQuestions questions, Optional<RegimeStatus> regime,
                          List<RegimeStep> regimeSteps, Framework framework, List<StatementCoverage> coverage) {

    public boolean includes(PackSection s) { return sections.contains(s); }

    /** The questions members asked at the previous meeting (none when there was none), with their answers so far. */
    public record LastBoardQuestions(Optional<BoardMeeting> meeting, java.util.List<org.waymark.domain.BoardQuestion> questions) {
        public static final LastBoardQuestions NONE = new LastBoardQuestions(Optional.empty(), java.util.List.of());
    }
}
