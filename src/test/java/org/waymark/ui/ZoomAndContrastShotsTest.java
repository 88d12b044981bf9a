package org.waymark.ui;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.waymark.app.TestPlans;
import org.waymark.ui.shell.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every view of the real window at 1366×768 and 1600×1000: at 150 % and 200 % zoom (light theme) and in high contrast
 * at 100 % and 200 %. Each is saved under target/a11y-shots to be looked at, and no label, button or column header
 * anywhere in a view may be cut short with an ellipsis (the exceptions, each with its whole text in a tooltip, are
 * listed in {@link ClippedText}). Every label cut short is also written to target/a11y-shots/clipped.txt.
 */
class ZoomAndContrastShotsTest extends WindowTest {

    static final Path OUT = Path.of("target", "a11y-shots");

    @Test
    void everyViewAtZoomAndInHighContrastShowsItsTextWhole(FxRobot robot) throws Exception {
        h = WindowHarness.open(robot, stage, TestPlans.demoFile(dir), false);
        Files.createDirectories(OUT);
        long action = h.session().plan().actions().get(0).id();
        Map<String, List<String>> clipped = new LinkedHashMap<>();
        Map<String, List<String>> headers = new LinkedHashMap<>();
        record Look(int width, int height, String theme, int zoom) {
            String name(String view) { return theme + "-" + zoom + (width == 1366 ? "" : "-" + width) + "-" + view; }
        }
        List<Look> looks = List.of(new Look(1366, 768, Theme.LIGHT, 150), new Look(1366, 768, Theme.LIGHT, 200),
                new Look(1366, 768, Theme.HIGH_CONTRAST, 100), new Look(1366, 768, Theme.HIGH_CONTRAST, 200),
                new Look(1600, 1000, Theme.LIGHT, 150), new Look(1600, 1000, Theme.LIGHT, 200));
        for (Look look : looks) {
            robot.interact(() -> { stage.setWidth(look.width()); stage.setHeight(look.height()); });
            h.menu("menu-theme-" + look.theme());
            robot.interact(() -> h.window.setZoom(look.zoom()));
            h.idle();
            for (Views.Entry e : Views.all()) {
                robot.interact(() -> h.window.showView(e.id()));
                h.idle();
                if (e.id().equals("register")) { robot.interact(() -> h.window.openAction(action)); h.idle(); }
                String name = look.name(e.id());
                List<String> cut = new ArrayList<>();
                List<String> cutHeaders = new ArrayList<>();
                robot.interact(() -> {
                    stage.getScene().getRoot().applyCss();
                    stage.getScene().getRoot().layout();
                    cut.addAll(ClippedText.in(stage.getScene().getRoot()));
                    cutHeaders.addAll(ClippedText.headers(stage.getScene().getRoot()));
                    Shots.write(stage.getScene().snapshot(null), OUT.resolve(name + ".png"));
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
        assertEquals(Map.of(), clipped, "text cut short: a label must wrap, or its row reflow, rather than hide its words");
        assertTrue(h.failures.isEmpty(), h.failures.toString());
    }
}
