package org.waymark.ui;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a scene graph, skins included, and lists every node a keyboard can reach that a screen reader could not
 * name: no accessible role (a bare node) or no name. A name is the node's accessible text, a label that points at
 * it with labelFor, or the visible text of a button, check box or titled pane. A field's own contents or prompt
 * are not a name: they change as the user types.
 */
final class AccessibleNames {

    private AccessibleNames() {}

    static List<String> problems(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        Set<Node> labelled = new HashSet<>();
        for (Node n : all) if (n instanceof Label l && l.getLabelFor() != null && !blank(l.getText())) labelled.add(l.getLabelFor());
        List<String> out = new ArrayList<>();
        for (Node found : all) {
            if (!found.isFocusTraversable()) continue;
            Node n = owner(found);
            AccessibleRole role = n.getAccessibleRole();
            boolean named = !blank(n.getAccessibleText()) || labelled.contains(n) || ownText(n);
            if (role == AccessibleRole.NODE || role == AccessibleRole.PARENT) out.add(describe(n) + ": no role");
            else if (!named) out.add(describe(n) + ": no name");
        }
        return out;
    }

    /** Every node, with the content of tabs that are not selected (the user can switch to them). */
    static void collect(Node n, List<Node> into) {
        into.add(n);
        if (n instanceof TabPane tabs) {
            for (Tab t : tabs.getTabs()) if (t.getContent() != null && !t.isSelected()) collect(t.getContent(), into);
        }
        if (n instanceof Parent p) for (Node c : p.getChildrenUnmodifiable()) collect(c, into);
    }

    /** The text box inside a spinner, date picker or editable drop-down is read as that control: judge the control. */
    private static Node owner(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.Spinner<?> || p instanceof javafx.scene.control.ComboBoxBase<?>) return p;
        }
        return n;
    }

    private static boolean ownText(Node n) {
        return (n instanceof ButtonBase || n instanceof TitledPane || n instanceof Label) && !blank(((Labeled) n).getText());
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder(n.getClass().getSimpleName());
        if (n.getId() != null) path.append('#').append(n.getId());
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p.getId() != null) { path.append(" in #").append(p.getId()); break; }
        }
        return path.toString();
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
