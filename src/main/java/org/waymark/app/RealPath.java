package org.waymark.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The real file behind a path: symlinks resolved, so one plan has one lock, one set of backups and one set of
 * checks however many links point at it.
 */
public final class RealPath {

    private RealPath() {}

    public static Path of(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            // Not there (yet): resolve the folder, which may itself be a link, and keep the name.
            Path abs = p.toAbsolutePath().normalize();
            Path parent = abs.getParent();
            try {
                return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException noFolder) {
                return abs;
            }
        }
    }
}
