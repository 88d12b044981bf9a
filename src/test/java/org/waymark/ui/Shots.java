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

    static void write(Image image, Path file) {
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
