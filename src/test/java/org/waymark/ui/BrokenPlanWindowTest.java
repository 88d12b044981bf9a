package org.waymark.ui;

import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.waymark.app.TestPlans;
import org.waymark.store.Forgery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The window's --accept-broken: a plan whose audit trail is broken opens read-only under a red banner saying so;
 * "Edit anyway…" asks, then opens it for editing with that choice written to its audit trail.
 */
class BrokenPlanWindowTest extends WindowTest {

    private static long acceptances(Path plan) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + plan);
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM audit_log WHERE entity = 'plan' AND field = 'accepted_broken'")) {
            return rs.getLong(1);
        }
    }

    /** Saved to target/screenshots for a person to look at. */
    private void screenshot(FxRobot robot, String name) throws Exception {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
    }

    @Test
    void aBrokenPlanOpensReadOnlyUnderTheBannerAndIsEditedOnlyByAnAuditedChoice(FxRobot robot) throws Exception {
        Path plan = TestPlans.demoFile(dir);
        Forgery.sql(plan, "UPDATE audit_log SET why = 'nothing to see here' WHERE id = 42");
        byte[] before = Files.readAllBytes(plan);

        h = WindowHarness.open(robot, stage, plan, false);
        assertTrue(h.session().readOnly(), "asked for editing, opened read-only because of the break");
        assertEquals("Audit trail broken: open read-only", robot.lookup("#audit-broken-banner .banner-title").queryAs(Label.class).getText());
        String text = robot.lookup("#audit-broken-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("The audit trail of this plan is broken at row 42") && text.contains("It is open read-only"), text);
        assertArrayEquals(before, Files.readAllBytes(plan), "nothing written: no accepted row, no migration");
        assertEquals(0, acceptances(plan));

        screenshot(robot, "audit-broken-read-only");
        robot.clickOn("#audit-broken-edit-anyway");
        h.idle();
        assertTrue(h.dialogs.messages.stream().anyMatch(m -> m.startsWith("Edit a plan whose audit trail is broken?")), h.dialogs.messages.toString());
        assertFalse(h.session().readOnly(), "open for editing after the choice");
        assertEquals(1, acceptances(plan), "the choice is recorded in the audit trail");
        assertTrue(robot.lookup("#audit-broken-banner").tryQuery().isPresent(), "the banner stays while the trail is broken");
        assertTrue(robot.lookup("#audit-broken-edit-anyway").tryQuery().isEmpty(), "already editing");
    }
}
