package org.waymark.app;

import java.nio.file.Path;
import java.util.List;

/** Port for writing the plan out (the register as xlsx or csv, the whole plan as json); the io layer implements it. */
public interface PlanExporter {

    /** The formats offered, as file extensions: "xlsx", "csv", "json". */
    List<String> formats();

    /** Writes the plan to {@code target} in the format its extension names. Never leaves a half-written file. */
    void export(PlanSession session, Path target);
}
