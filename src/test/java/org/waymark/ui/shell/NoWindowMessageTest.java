package org.waymark.ui.shell;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The sentence a window that cannot open leaves on the terminal, by what went wrong (NoDisplayTest runs the real case). */
class NoWindowMessageTest {

    private static final RuntimeException CAUSE = new UnsupportedOperationException("Unable to open DISPLAY");

    @Test
    void itNamesTheCauseAndAlwaysPointsAtTheCommands() {
        String unset = WaymarkApp.noWindow(CAUSE, true, null);
        assertTrue(unset.startsWith("Waymark could not open its window: there is no graphical display (DISPLAY is not set)."), unset);

        String wrong = WaymarkApp.noWindow(CAUSE, true, ":7");
        assertTrue(wrong.contains("the display :7 could not be used (Unable to open DISPLAY)"), wrong);

        String elsewhere = WaymarkApp.noWindow(new RuntimeException("No toolkit found"), false, null);
        assertTrue(elsewhere.contains("the desktop could not be used (No toolkit found)"), elsewhere);
        assertFalse(elsewhere.contains("DISPLAY"), "no X11 words off Linux: " + elsewhere);

        for (String s : new String[]{unset, wrong, elsewhere}) assertTrue(s.endsWith("waymark --help lists them (for example: waymark check PLAN)."), s);
    }
}
