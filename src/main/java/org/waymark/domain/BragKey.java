package org.waymark.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * A trust's BRAG key: what each colour means to it, and the thresholds the rules use. Trusts differ (at some
 * Amber means "on track"), so the meanings are configurable; the defaults are {@link #standard()}. {@code revisedMayBeGreen} lets an action whose due
 * date was moved later read Green again when on track for the new date; it is off by default, because a board
 * must see slippage rather than find it (a key saved before this setting existed reads as off).
 */
public record BragKey(Map<Brag, String> meanings, int warningWindowDays, int driftRevisions, int driftSlipDays,
                      boolean revisedMayBeGreen) {

    public BragKey {
        if (warningWindowDays < 0) throw new IllegalArgumentException("The warning window cannot be negative");
        if (driftRevisions < 1) throw new IllegalArgumentException("Drift needs at least one revision to flag");
        if (driftSlipDays < 0) throw new IllegalArgumentException("The drift slip threshold cannot be negative");
        meanings = Map.copyOf(meanings);
    }

    /** The default: revised actions never read plain Green. */
    public BragKey(Map<Brag, String> meanings, int warningWindowDays, int driftRevisions, int driftSlipDays) {
        this(meanings, warningWindowDays, driftRevisions, driftSlipDays, false);
    }

    public BragKey withRevisedMayBeGreen(boolean green) {
        return new BragKey(meanings, warningWindowDays, driftRevisions, driftSlipDays, green);
    }

    public static BragKey standard() {
        Map<Brag, String> m = new EnumMap<>(Brag.class);
        m.put(Brag.BLUE, "Complete, evidenced and assured");
        m.put(Brag.RED, "Off track or overdue");
        m.put(Brag.AMBER, "At risk");
        m.put(Brag.GREEN, "On track");
        return new BragKey(m, 30, 2, 90);
    }

    public String meaning(Brag brag) { return meanings.getOrDefault(brag, brag.label()); }
}
