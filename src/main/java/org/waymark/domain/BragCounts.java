package org.waymark.domain;

import java.util.EnumMap;
import java.util.Map;

/** How many actions are in each BRAG. */
public final class BragCounts {
    private final EnumMap<Brag, Integer> counts = new EnumMap<>(Brag.class);

    public void add(Brag b) { counts.merge(b, 1, Integer::sum); }

    public int get(Brag b) { return counts.getOrDefault(b, 0); }

    public int total() { return counts.values().stream().mapToInt(Integer::intValue).sum(); }

    /** The worst BRAG present (Red before Amber before Green before Blue), or null when there are none. */
    public Brag worst() {
        for (Brag b : Brag.values()) if (get(b) > 0) return b;
        return null;
    }

    public Map<Brag, Integer> asMap() { return Map.copyOf(counts); }

    @Override public String toString() {
        return "B" + get(Brag.BLUE) + " R" + get(Brag.RED) + " A" + get(Brag.AMBER) + " G" + get(Brag.GREEN);
    }
}
