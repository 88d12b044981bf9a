package org.waymark.ui.timeline;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;

import java.util.HashMap;
import java.util.Map;

/** A diagonal-striped fill in a BRAG colour over its faded tint: how the timeline shows a slipped stretch. */
final class Stripes {

    private static final int TILE = 6;
    private static final Map<Color, ImagePattern> CACHE = new HashMap<>();

    private Stripes() {}

    static ImagePattern of(Color colour) {
        return CACHE.computeIfAbsent(colour, c -> {
            WritableImage tile = new WritableImage(TILE, TILE);
            Color faded = c.deriveColor(0, 1, 1, 0.4);
            for (int x = 0; x < TILE; x++) {
                for (int y = 0; y < TILE; y++) {
                    tile.getPixelWriter().setColor(x, y, (x + y) % TILE == 0 || (x + y) % TILE == 1 ? c : faded);
                }
            }
            return new ImagePattern(tile, 0, 0, TILE, TILE, false);
        });
    }
}
