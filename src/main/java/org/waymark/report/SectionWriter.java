package org.waymark.report;

import org.waymark.app.PackSection;

/** One section of the board pack: it starts its own page(s) and draws itself through the builder. */
interface SectionWriter {

    PackSection section();

    void write(PackBuilder b);
}
