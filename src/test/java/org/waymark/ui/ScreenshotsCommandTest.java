package org.waymark.ui;

import org.waymark.ui.shell.ScreenshotsCommand;
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

        CliRunner.Result r = runInItsOwnProcess("screenshots", plan.toString(), "-o", out.toString(), "--theme", "dark", "--width", "1200", "--height", "800");

        assertEquals(0, r.exit(), r.err());
        Set<String> expected = new HashSet<>();
        for (Views.Entry e : Views.all()) expected.add(ScreenshotsCommand.fileName(e) + "-dark.png");
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
    @org.junit.jupiter.api.extension.ExtendWith(org.waymark.shared.SharedServer.Extension.class)
    void picturesASharedPlanReadOnlyWithoutChangingIt(org.waymark.shared.SharedServer server) throws Exception {
        String shared = server.location(server.newDatabase());
        assertTrue(org.waymark.app.PlanPublish.publish(TestPlans.demoFile(dir.resolve("plan")), shared, "tester", TestPlans.CLOCK).verified());
        long rows;
        try (org.waymark.app.PlanSession s = org.waymark.app.PlanSession.open(shared, true, "tester", TestPlans.CLOCK)) { rows = s.auditRows(); }
        Path out = dir.resolve("shared-shots");

        CliRunner.Result r = runInItsOwnProcess("screenshots", shared, "-o", out.toString(), "--theme", "light", "--width", "1366", "--height", "768");

        assertEquals(0, r.exit(), r.err());
        BufferedImage register = ImageIO.read(out.resolve("register-light.png").toFile());
        assertEquals(1366, register.getWidth());
        assertTrue(distinctColours(register) > 20, "a rendered window, not a blank image");
        try (org.waymark.app.PlanSession s = org.waymark.app.PlanSession.open(shared, true, "tester", TestPlans.CLOCK)) {
            assertEquals(rows, s.auditRows(), "nothing was written to the shared plan");
        }
    }

    @Test
    void refusesAMissingFileWithAClearMessage() {
        CliRunner.Result r = CliRunner.run("screenshots", dir.resolve("nowhere.waymark").toString(), "-o", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("There is no plan at"), r.err());
    }

    /**
     * A fresh JVM with no DISPLAY, as on a CI machine: the command must start JavaFX headless by itself. (In this
     * JVM TestFX already owns the toolkit, and a second set of windows would take focus from its tests.)
     */
    private static CliRunner.Result runInItsOwnProcess(String... args) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(javaBin, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dwaymark.data.dir=" + System.getProperty("waymark.data.dir", System.getProperty("java.io.tmpdir")), "org.waymark.Main"));
        command.addAll(java.util.List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DISPLAY");
        Path log = Files.createTempFile("screenshots", ".log");
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) { p.destroyForcibly(); throw new AssertionError("screenshots did not finish"); }
        String output = Files.readString(log);
        return new CliRunner.Result(p.exitValue(), output, output);
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) for (int x = 0; x < image.getWidth(); x += 7) colours.add(image.getRGB(x, y));
        return colours.size();
    }
}
