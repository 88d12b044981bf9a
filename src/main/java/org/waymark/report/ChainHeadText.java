package org.waymark.report;

import org.waymark.app.ChainHead;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The chain head as the pack prints it: "row 641, hash 1a2b3c4d5e6f, 02/12/2026 06:40 UTC". */
final class ChainHeadText {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneOffset.UTC);

    private ChainHeadText() {}

    static String of(ChainHead h) {
        if (h.row() == 0) return "none (the plan has no audit trail)";
        String when;
        try {
            when = UK.format(Instant.parse(h.at())) + " UTC";
        } catch (RuntimeException e) {
            when = h.at();
        }
        return "row " + h.row() + ", hash " + h.shortHash() + ", " + when;
    }
}
