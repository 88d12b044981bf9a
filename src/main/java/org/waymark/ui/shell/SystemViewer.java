package org.waymark.ui.shell;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a file with the program the operating system uses for it. Blocking: call it off the FX thread. */
public final class SystemViewer {

    private SystemViewer() {}

    public static void open(Path file) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new IllegalStateException("This computer has no program set to open files from Waymark. The file is at " + file + ".");
        }
        try {
            Desktop.getDesktop().open(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("No program could open " + file.getFileName() + " (" + e.getMessage() + "). The file is at " + file + ".", e);
        }
    }
}
