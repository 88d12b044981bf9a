package org.waymark.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.waymark.ui.shell.Theme;

import java.nio.file.Path;

/**
 * What every test of the real main window shares: TestFX's stage, the {@link WindowHarness} a test opens in it,
 * and, after each test, the window closed and the theme back to light (a test may have switched it).
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    @TempDir Path dir;
    Stage stage;
    WindowHarness h;

    /** TestFX looks for {@code @Start} only in the test class itself, so the stage is fetched here instead. */
    @BeforeEach
    void primaryStage() throws Exception { stage = FxToolkit.registerPrimaryStage(); }

    @AfterEach
    void closeWindow() {
        if (h != null) h.close();
        Theme.apply(Theme.LIGHT);
    }
}
