package org.waymark.app;

import org.waymark.domain.MetricPoint;

import java.nio.file.Path;
import java.util.List;

/**
 * Port for reading a metric's monthly observations from a file (a "period,value" CSV); the io layer implements it,
 * the window finds it through {@link Ports}. Reading is all or nothing: a bad row is a {@link Refused} naming the
 * line, so nothing is half-imported.
 */
public interface ObservationReader {

    List<MetricPoint> read(Path file);
}
