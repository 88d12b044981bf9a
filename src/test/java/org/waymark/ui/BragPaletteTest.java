package org.waymark.ui;

import org.waymark.ui.shell.WaymarkApp;
import org.waymark.ui.widgets.BragPalette;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.waymark.domain.Brag;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Canvas colours of the timeline are the register chips' colours in waymark.css. */
class BragPaletteTest {

    @Test
    void canvasColoursMatchTheChipColoursInTheStylesheet() throws Exception {
        String css;
        try (InputStream in = WaymarkApp.class.getResourceAsStream("waymark.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Brag b : Brag.values()) {
            Matcher m = Pattern.compile("-wm-" + b.name().toLowerCase(Locale.ROOT) + ":\\s*(#[0-9A-Fa-f]{6});").matcher(css);
            if (!m.find()) throw new AssertionError("waymark.css has no -wm-" + b.name().toLowerCase(Locale.ROOT));
            assertEquals(Color.web(m.group(1)), BragPalette.fill(b), b.label());
        }
    }
}
