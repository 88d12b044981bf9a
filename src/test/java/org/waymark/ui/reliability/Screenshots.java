package org.waymark.ui.reliability;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves what a test shows to target/screenshots, so a person can look at it. */
final class Screenshots {
    private Screenshots() {}

    static Path save(FxRobot robot, Scene scene, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Path file = dir.resolve(name + ".png");
        var image = snapshot(robot, scene);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }

    private static javafx.scene.image.WritableImage snapshot(FxRobot robot, Scene scene) {
        javafx.scene.image.WritableImage[] out = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> out[0] = scene.snapshot(null));
        return out[0];
    }
}
