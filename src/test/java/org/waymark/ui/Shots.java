package org.waymark.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes a JavaFX snapshot as a PNG under target/, for the screenshot tests. */
final class Shots {

    private Shots() {}

    /** A dialog's pane as the window would show it: the window's theme and style sheets, laid out. Call on the FX thread. */
    static void dialog(javafx.scene.control.DialogPane pane, javafx.scene.Scene window, Path file) {
        org.waymark.ui.shell.Theme.decorate(pane);
        pane.getStylesheets().setAll(window.getStylesheets());
        pane.applyCss();
        pane.layout();
        write(pane.getScene().snapshot(null), file);
    }

    static void write(Image image, Path file) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
