package org.waymark.ui.shell;

import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Locale;

/**
 * Keyboard and calendar rules for the whole window. Tab moves focus out of a text area, as from every other field
 * (Ctrl+Tab types a tab, for the rare need); calendars start on Monday, as in the UK.
 */
public final class InputRules {

    private InputRules() {}

    public static void install(Scene scene) {
        // DatePicker takes the first day of the week from the default format locale; a UK plan's weeks start on Monday.
        Locale.setDefault(Locale.Category.FORMAT, Locale.UK);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, InputRules::tab);
    }

    private static void tab(KeyEvent e) {
        if (e.getCode() != KeyCode.TAB || !(e.getTarget() instanceof TextArea area) || e.isAltDown() || e.isMetaDown()) return;
        if (area.getProperties().remove(InputRules.class) != null) return;   // our own re-fired Ctrl+Tab: let the area move focus
        e.consume();
        if (e.isControlDown()) {
            if (area.isEditable()) area.replaceSelection("\t");
            return;
        }
        // A text area moves focus on Ctrl+Tab (Ctrl+Shift+Tab backwards): hand it that key, marked so it passes through.
        area.getProperties().put(InputRules.class, Boolean.TRUE);
        Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
        area.getProperties().remove(InputRules.class);
    }
}
