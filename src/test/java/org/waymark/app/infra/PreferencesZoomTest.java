package org.waymark.app.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** View › Zoom is remembered between runs, kept within 100–200 %, and a file from before zoom existed reads as 100 %. */
class PreferencesZoomTest {

    @TempDir Path dir;

    @Test
    void zoomIsSavedLoadedAndKeptInRange() throws Exception {
        Path file = dir.resolve("preferences.json");
        Files.writeString(file, "{\"userName\":\"Jane Smith\",\"theme\":\"dark\",\"recentFiles\":[]}");
        PreferencesStore store = new PreferencesStore(file);
        Preferences old = store.load();
        assertEquals(100, old.zoomPercent(), "a file written before zoom existed");
        assertEquals("Jane Smith", old.userName());

        store.save(old.withZoom(150).withTheme("high-contrast"));
        Preferences back = store.load();
        assertEquals(150, back.zoomPercent());
        assertEquals("high-contrast", back.theme());
        assertEquals(150, back.withUserName("Owen").withRecent("x.waymark").zoomPercent(), "other changes keep the zoom");

        assertEquals(200, old.withZoom(400).zoomPercent());
        assertEquals(100, old.withZoom(40).zoomPercent());
    }
}
