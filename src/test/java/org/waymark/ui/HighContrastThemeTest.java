package org.waymark.ui;

import org.junit.jupiter.api.Test;
import org.waymark.ui.shell.Theme;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * WCAG AAA (7:1) for text in the high-contrast theme, computed from the values in high-contrast.css: every text
 * colour on every background colour the theme puts text on, text on each "emphasis" fill, and every rule of the
 * file that sets a text colour and a background together (the BRAG chips, badges and selected rows).
 */
class HighContrastThemeTest {

    static final double AAA = 7.0;
    static final List<String> TEXT = List.of("-color-fg-default", "-color-fg-muted", "-color-fg-subtle", "-color-accent-fg",
            "-color-warning-fg", "-color-success-fg", "-color-danger-fg");
    static final List<String> BACKGROUNDS = List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-overlay", "-color-bg-inset",
            "-color-neutral-subtle", "-color-accent-subtle", "-color-warning-subtle", "-color-success-subtle", "-color-danger-subtle");
    static final List<String> EMPHASIS = List.of("-color-accent-emphasis", "-color-warning-emphasis", "-color-success-emphasis", "-color-danger-emphasis");
    /** The BRAG fills and the text the chips write on them. */
    static final Map<String, String> BRAG = Map.of("-wm-red", "#FFFFFF", "-wm-amber", "#000000", "-wm-green", "#FFFFFF", "-wm-blue", "#FFFFFF");

    @Test
    void everyTextAndBackgroundPairMeetsAaa() throws Exception {
        String css = read();
        Map<String, String> vars = variables(css);
        assertTrue(vars.keySet().containsAll(TEXT) && vars.keySet().containsAll(BACKGROUNDS) && vars.keySet().containsAll(EMPHASIS)
                && vars.keySet().containsAll(BRAG.keySet()), "the theme defines every colour it is held to: " + vars.keySet());
        List<String> failures = new ArrayList<>();
        int pairs = 0;
        for (String t : TEXT) for (String b : BACKGROUNDS) { pairs++; check(failures, t + " on " + b, vars.get(t), vars.get(b)); }
        check(failures, "-color-fg-default on -color-accent-muted (selected row)", vars.get("-color-fg-default"), vars.get("-color-accent-muted"));
        for (String e : EMPHASIS) { pairs++; check(failures, "-color-fg-emphasis on " + e, vars.get("-color-fg-emphasis"), vars.get(e)); }
        for (var e : BRAG.entrySet()) { pairs++; check(failures, e.getValue() + " on " + e.getKey(), e.getValue(), vars.get(e.getKey())); }
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(css);
        int rules = 0;
        while (rule.find()) {
            String fg = property(rule.group(2), "-fx-text-fill"), bg = property(rule.group(2), "-fx-background-color");
            if (fg == null || bg == null) continue;
            rules++;
            check(failures, rule.group(1).strip(), resolve(fg, vars), resolve(bg, vars));
        }
        assertTrue(rules >= 5, "rules with text on a fill: " + rules);
        assertTrue(pairs > 70);
        assertEquals(List.of(), failures, "pairs below 7:1");
    }

    @Test
    void theContrastFormulaMatchesWcagsExamples() {
        assertEquals(21.0, contrast("#000000", "#FFFFFF"), 0.01);
        assertEquals(1.0, contrast("#777777", "#777777"), 0.001);
        assertEquals(4.48, contrast("#777777", "#FFFFFF"), 0.01);   // the classic just-fails-AA grey
        assertEquals(6.54, contrast("#B3261E", "#FFFFFF"), 0.01);   // the light theme's red: AA, not AAA; why high contrast darkens it
    }

    private static void check(List<String> failures, String what, String fg, String bg) {
        double ratio = contrast(fg, bg);
        if (ratio < AAA) failures.add(String.format("%s: %s on %s is %.2f:1", what, fg, bg, ratio));
    }

    static double contrast(String a, String b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance of an opaque #RRGGBB colour. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] c = {(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255};
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static String resolve(String value, Map<String, String> vars) {
        String v = value.strip();
        if (v.startsWith("#")) return v.length() == 7 ? v : null;
        if ("white".equals(v)) return "#FFFFFF";
        if ("black".equals(v)) return "#000000";
        String r = vars.get(v);
        if (r == null) throw new AssertionError("high-contrast.css uses a colour it does not define: " + v);
        return r;
    }

    private static String property(String body, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + "\\s*:\\s*([^;]+);").matcher(body);
        return m.find() ? m.group(1) : null;
    }

    static Map<String, String> variables(String css) {
        Matcher block = Pattern.compile("\\.root\\.theme-high-contrast\\s*\\{([^}]*)}").matcher(css);
        assertTrue(block.find(), "high-contrast.css has the .root.theme-high-contrast block");
        Map<String, String> vars = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(-[\\w-]+)\\s*:\\s*(#[0-9A-Fa-f]{6})\\s*;").matcher(block.group(1));
        while (m.find()) vars.put(m.group(1), m.group(2).toUpperCase());
        return vars;
    }

    static String read() throws Exception {
        try (InputStream in = Theme.class.getResourceAsStream("high-contrast.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
