package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.report.model.Section;

/** One section of the board pack: what it says, worked out from the plan once, for every renderer. */
interface SectionModel {

    PackSection section();

    Section build(PackContent content);
}
