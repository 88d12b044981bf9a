package org.waymark.app.infra;

import java.nio.file.Path;

/** A finished restore: which plan, from which backup, and where the file it replaced was kept. */
public record RestoreResult(Path plan, Path backup, Path keptCopy, long auditRowId) {}
