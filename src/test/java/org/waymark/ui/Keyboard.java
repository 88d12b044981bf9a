package org.waymark.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

import java.util.function.Predicate;

/**
 * Keyboard-only moves for the window's tests: Tab until a control has the focus, shortcuts, Space on a button, F4 and
 * arrows in a drop-down. Nothing here moves or clicks the mouse; a control that Tab cannot reach fails the test.
 */
final class Keyboard {

    private final FxRobot robot;
    private final Runnable idle;
    private final Scene scene;

    Keyboard(FxRobot robot, Scene scene, Runnable idle) {
        this.robot = robot;
        this.scene = scene;
        this.idle = idle;
    }

    /** Presses keys together, e.g. Ctrl+Shift+U, and lets the window finish what they start. */
    void chord(KeyCode... keys) {
        robot.press(keys);
        KeyCode[] reversed = new KeyCode[keys.length];
        for (int i = 0; i < keys.length; i++) reversed[i] = keys[keys.length - 1 - i];
        robot.release(reversed);
        idle.run();
    }

    void type(KeyCode key) { robot.type(key); idle.run(); }

    void write(String text) { robot.write(text); idle.run(); }

    /** Tab (forwards) until the node with this id, or a part of it such as a date picker's text, has the focus. */
    Node tabTo(String id) {
        for (int i = 0; i < 200; i++) {
            Node owner = scene.getFocusOwner();
            for (Node n = owner; n != null; n = n.getParent()) if (id.equals(n.getId())) return n;
            robot.type(KeyCode.TAB);
            robot.interact(() -> { });
        }
        throw new AssertionError("Tab never reached #" + id + "; focus is on " + scene.getFocusOwner());
    }

    /** Tab to a button and press Space, as a keyboard user presses a button. */
    void press(String id) {
        tabTo(id);
        type(KeyCode.SPACE);
    }

    /** Tab to a drop-down, open it with F4, arrow to the first item that matches and choose it with Enter. */
    @SuppressWarnings("unchecked")
    <T> T choose(String id, Predicate<T> item) {
        ComboBox<T> box = (ComboBox<T>) tabTo(id);
        int target = -1;
        for (int i = 0; i < box.getItems().size(); i++) if (item.test(box.getItems().get(i))) { target = i; break; }
        if (target < 0) throw new AssertionError("#" + id + " offers no such item: " + box.getItems());
        type(KeyCode.F4);
        ListView<T> list = (ListView<T>) ((ComboBoxListViewSkin<T>) box.getSkin()).getPopupContent();
        int at = list.getFocusModel().getFocusedIndex();
        if (at < 0) { type(KeyCode.DOWN); at = list.getFocusModel().getFocusedIndex(); }
        while (at < target) { type(KeyCode.DOWN); at++; }
        while (at > target) { type(KeyCode.UP); at--; }
        type(KeyCode.ENTER);
        if (box.getValue() != box.getItems().get(target)) throw new AssertionError("#" + id + " holds " + box.getValue() + ", not item " + target);
        return box.getValue();
    }

    /** Ctrl+Tab through the action editor's tabs until the one with this id is showing. */
    void editorTab(javafx.scene.control.TabPane tabs, String tabId) {
        for (int i = 0; i < tabs.getTabs().size() + 1; i++) {
            if (tabId.equals(tabs.getSelectionModel().getSelectedItem().getId())) return;
            chord(KeyCode.CONTROL, KeyCode.TAB);
        }
        throw new AssertionError("Ctrl+Tab never showed " + tabId);
    }
}
