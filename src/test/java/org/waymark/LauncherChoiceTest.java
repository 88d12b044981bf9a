package org.waymark;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The launcher's window-or-command choice: the quick path, taken before picocli is built, never disagrees with it. */
class LauncherChoiceTest {

    final CommandLine cli = Main.commandLine();

    @Test
    void noArgumentsOrAPlanFileOpenTheWindowWithoutBuildingTheCommands() {
        for (List<String> args : List.<List<String>>of(List.of(), List.of("plan.waymark"), List.of("/home/a b/Board Plan.WAYMARK"),
                List.of("--read-only", "C:\\Plans\\trust.waymark"))) {
            String[] a = args.toArray(String[]::new);
            assertTrue(Main.opensWindowWithoutCommands(a), args::toString);
            assertTrue(Main.opensWindow(a, cli), args::toString);
        }
    }

    @Test
    void everySubcommandRunsHeadless() {
        assertFalse(cli.getSubcommands().isEmpty());
        for (String name : cli.getSubcommands().keySet()) {
            String[] a = {name, "x.waymark"};
            assertFalse(Main.opensWindowWithoutCommands(a), name);
            assertFalse(Main.opensWindow(a, cli), name);
            assertFalse(Main.opensWindowWithoutCommands(new String[]{name}), name);
        }
    }

    @Test
    void optionsAndOtherFilesAreLeftToTheFullRule() {
        for (List<String> args : List.<List<String>>of(List.of("--help"), List.of("-V"), List.of("notes.txt"), List.of("--read-only"),
                List.of("a.waymark", "b.waymark"))) {
            assertFalse(Main.opensWindowWithoutCommands(args.toArray(String[]::new)), args::toString);
        }
        assertEquals(true, Main.opensWindow(new String[]{"notes.txt"}, cli), "a non-command word is still taken as a file");
        assertFalse(Main.opensWindow(new String[]{"--help"}, cli));
    }
}
