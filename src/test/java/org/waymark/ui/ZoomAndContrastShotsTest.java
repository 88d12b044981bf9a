package org.waymark.ui;

import javafx.embed.swing.SwingFXUtils;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.waymark.app.TestPlans;
import org.waymark.ui.shell.Theme;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every view of the real window at 1366×768: at 150 % and 200 % zoom (light theme) and in high contrast at 100 % and
 * 200 %. Each is saved under target/a11y-shots to be looked at, and no label, button or column header on screen may be
 * cut short with an ellipsis. Every other label cut short is written to target/a11y-shots/clipped.txt, to be read
 * with the pictures.
 */
class ZoomAndContrastShotsTest extends WindowTest {

    static final Path OUT = Path.of("target", "a11y-shots");

    @Test
    void everyViewAtZoomAndInHighContrastShowsItsTextWhole(FxRobot robot) throws Exception {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Files.createDirectories(OUT);
        robot.interact(() -> { stage.setWidth(1366); stage.setHeight(768); });
        long action = h.session().plan().actions().get(0).id();
        Map<String, List<String>> clipped = new LinkedHashMap<>();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        record Look(String theme, int zoom) {}
        for (Look look : List.of(new Look(Theme.LIGHT, 150), new Look(Theme.LIGHT, 200), new Look(Theme.HIGH_CONTRAST, 100), new Look(Theme.HIGH_CONTRAST, 200))) {
            h.menu("menu-theme-" + look.theme());
            robot.interact(() -> h.window.setZoom(look.zoom()));
            h.idle();
            for (Views.Entry e : Views.all()) {
                robot.interact(() -> h.window.showView(e.id()));
                h.idle();
                if (e.id().equals("register")) { robot.interact(() -> h.window.openAction(action)); h.idle(); }
                String name = look.theme() + "-" + look.zoom() + "-" + e.id();
                List<String> cut = new ArrayList<>();
                List<String> cutHeaders = new ArrayList<>();
                robot.interact(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    cut.addAll(ClippedText.in(stage.getScene().getRoot()));
                    cutHeaders.addAll(ClippedText.headers(stage.getScene().getRoot()));
                    try {
                        ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", OUT.resolve(name + ".png").toFile());
                    } catch (java.io.IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                });
                if (!cut.isEmpty()) clipped.put(name, cut);
                if (!cutHeaders.isEmpty()) headers.put(name, cutHeaders);
            }
        }
        robot.interact(() -> h.window.setZoom(100));
        StringBuilder report = new StringBuilder();
        clipped.forEach((k, v) -> report.append(k).append('\n').append(String.join("\n", v.stream().map(x -> "  " + x).toList())).append('\n'));
        Files.writeString(OUT.resolve("clipped.txt"), report);
        assertTrue(Files.exists(OUT.resolve("high-contrast-200-register.png")));
        assertEquals(Map.of(), headers, "column headers cut short: a table too wide must scroll instead");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }
}
