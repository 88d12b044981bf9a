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
            assertTrue(Main.opensWindow(a), args::toString);
        }
    }

    @Test
    void aSharedPlansAddressOpensTheWindow() {
        for (List<String> args : List.<List<String>>of(List.of("postgresql://akhan@dbhost/waymark_plan"),
                List.of("--read-only", "postgresql://board@dbhost:5433/waymark_plan?sslmode=verify-full"))) {
            assertTrue(Main.opensWindow(args.toArray(String[]::new)), args::toString);
        }
    }

    @Test
    void everySubcommandRunsHeadless() {
        assertFalse(cli.getSubcommands().isEmpty());
        for (String name : cli.getSubcommands().keySet()) {
            String[] a = {name, "x.waymark"};
            assertFalse(Main.opensWindowWithoutCommands(a), name);
            assertFalse(Main.opensWindow(a), name);
            assertFalse(Main.opensWindowWithoutCommands(new String[]{name}), name);
        }
    }

    @Test
    void optionsAndOtherFilesAreLeftToTheFullRule() {
        for (List<String> args : List.<List<String>>of(List.of("--help"), List.of("-V"), List.of("notes.txt"), List.of("--read-only"),
                List.of("a.waymark", "b.waymark"))) {
            assertFalse(Main.opensWindowWithoutCommands(args.toArray(String[]::new)), args::toString);
        }
        assertEquals(true, Main.opensWindow(new String[]{"notes.txt"}), "a non-command word is still taken as a file");
        assertFalse(Main.opensWindow(new String[]{"--help"}));
    }

    @Test
    void theLaunchersNamesAreTheCommandsOwnAndANamedCommandIsBuiltAlone() {
        assertEquals(Main.commandNames(), cli.getSubcommands().keySet(), "every command, in the help text's order");
        for (String name : Main.commandNames()) {
            CommandLine one = Main.commandLine(new String[]{name, "x.waymark"});
            assertEquals(java.util.Set.of(name), one.getSubcommands().keySet());
            Object command = one.getSubcommands().get(name).getCommand();
            assertEquals(name, command.getClass().getAnnotation(CommandLine.Command.class).name(), "the @Command name of " + command.getClass());
        }
        assertEquals(cli.getSubcommands().keySet(), Main.commandLine(new String[]{"--help"}).getSubcommands().keySet());
        assertEquals(cli.getSubcommands().keySet(), Main.commandLine(new String[]{"chekc"}).getSubcommands().keySet(), "a mistyped name gets suggestions from all");
    }
}
