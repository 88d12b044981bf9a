package org.waymark.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.TestPlans;
import org.waymark.cli.CliRunner;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The screenshots command renders every registered view of the real window, headless, without touching the plan. */
class ScreenshotsCommandTest {

    @TempDir Path dir;

    @Test
    void writesOnePngPerViewAndTheActionEditor() throws Exception {
        Path plan = TestPlans.demoFile(dir.resolve("plan"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(plan));
        Path out = dir.resolve("shots");

        CliRunner.Result r = CliRunner.run("screenshots", plan.toString(), "-o", out.toString(), "--theme", "dark", "--width", "1200", "--height", "800");

        assertEquals(0, r.exit(), r.err());
        Set<String> expected = new HashSet<>();
        for (Views.Entry e : Views.all()) expected.add(e.id() + "-dark.png");
        expected.add("action-editor-dark.png");
        for (String name : expected) {
            Path png = out.resolve(name);
            assertTrue(Files.exists(png), name + " was written; output: " + r.out() + r.err());
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(1200, image.getWidth());
            assertEquals(800, image.getHeight());
            assertTrue(distinctColours(image) > 20, name + " shows a rendered window, not a blank image");
        }
        assertArrayEquals(digest, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(plan)), "the plan given is never changed");
    }

    @Test
    void refusesAMissingFileWithAClearMessage() {
        CliRunner.Result r = CliRunner.run("screenshots", dir.resolve("nowhere.waymark").toString(), "-o", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("There is no plan at"), r.err());
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        return colours.size();
    }
}
