package org.waymark.report.model;

import java.util.List;

/**
 * One section of the pack: its own page (landscape for wide content), its heading, and its blocks in order.
 *
 * @param id     a stable anchor name ("summary"), used for links and bookmarks
 * @param listed whether the contents lists it (the cover is not listed)
 */
public record Section(String id, String title, boolean landscape, boolean listed, List<Block> blocks) {

    public Section {
        blocks = List.copyOf(blocks);
    }
}
