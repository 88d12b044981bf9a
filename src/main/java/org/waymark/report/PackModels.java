package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.report.model.PackModel;
import org.waymark.report.model.Section;

import java.util.ArrayList;
import java.util.List;

/** Works out the one model of a board pack that both the PDF and the HTML are drawn from. */
public final class PackModels {

    private static final List<SectionModel> SECTIONS = List.of(new SummarySection(), new ReadinessSection(), new WarningNoticeSection(), new CoverageSection(),
            new ExceptionSection(), new MovementSection(), new QuestionsSection(), new MetricTrendsSection(), new TimelineSection(), new AppendixSection());

    private PackModels() {}

    public static PackModel of(PackContent c) {
        List<Section> sections = new ArrayList<>();
        if (c.includes(PackSection.COVER)) sections.add(CoverSheetSection.build(c));
        for (SectionModel s : SECTIONS) if (c.includes(s.section())) sections.add(s.build(c));
        String org = c.plan().organisation().name();
        return new PackModel(title(c), org, "Board pack on the CQC improvement plan of " + org, c.cover().author(),
                c.meeting().name() + "  |  " + Dates.uk(c.meeting().meetingDate()),
                "CQC improvement plan: board pack. Figures as at " + Dates.uk(c.today()) + ".",
                "Board pack on the CQC improvement plan for " + c.meeting().name() + ", " + Dates.uk(c.meeting().meetingDate())
                        + ". Figures are as at " + Dates.uk(c.today()) + ".", sections);
    }

    static String title(PackContent c) {
        String t = c.cover().title().isEmpty() ? "CQC improvement plan: board pack" : c.cover().title();
        return t + " — " + c.meeting().name() + ", " + Dates.uk(c.meeting().meetingDate());
    }
}
