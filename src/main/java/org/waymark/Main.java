package org.waymark;

import org.waymark.app.infra.RuntimeSetup;
import org.waymark.cli.WaymarkCommand;
import org.waymark.ui.shell.WaymarkApp;
import picocli.CommandLine;

/**
 * The one launcher. No arguments, or just a plan file, opens the window; a subcommand runs headless. It does not
 * extend Application, so it also starts when JavaFX is on the class path rather than the module path.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        try {
            RuntimeSetup.configure();
        } catch (java.io.UncheckedIOException e) {
            System.err.println("Waymark cannot use its data folder: " + e.getMessage() + " (" + e.getCause().getMessage() + "). Start it with "
                    + "-Dwaymark.data.dir=DIR naming a folder you can write (it holds backups, logs and SQLite's native library). Nothing was changed.");
            System.exit(2);
        }
        wire();
        // Building the command line reflects over every subcommand: a window start need not wait for it.
        if (opensWindowWithoutCommands(args)) {
            WaymarkApp.launchWindow(args);
            return;
        }
        CommandLine cli = commandLine();
        if (opensWindow(args, cli)) {
            WaymarkApp.launchWindow(args);
            return;
        }
        System.exit(cli.execute(args));
    }

    /** Registers the outer layers' implementations of app ports (see {@link org.waymark.app.Ports}). */
    public static void wire() {
        org.waymark.app.Ports.provide(org.waymark.app.BoardPackExporter.class, new org.waymark.report.PdfBoardPackExporter());
        org.waymark.app.Ports.provide(org.waymark.app.PlanImporter.class, org.waymark.io.SpreadsheetImport.forCurrentUser());
        org.waymark.app.Ports.provide(org.waymark.app.PlanExporter.class, new org.waymark.io.FileExporter());
        org.waymark.app.Ports.provide(org.waymark.app.rounds.UpdateRoundFiles.class, new org.waymark.io.rounds.RoundFilesPort());
    }

    public static CommandLine commandLine() {
        return new CommandLine(new WaymarkCommand())
                .addSubcommand(new org.waymark.report.ExportPackCommand())
                .addSubcommand(new org.waymark.report.VerifyPackCommand())
                .addSubcommand(new org.waymark.report.spc.SpcCommand())
                .addSubcommand(new org.waymark.io.ImportCommand())
                .addSubcommand(new org.waymark.io.ExportCommand())
                .addSubcommand(new org.waymark.io.RequestUpdatesCommand())
                .addSubcommand(new org.waymark.io.ReadUpdatesCommand())
                .addSubcommand(new org.waymark.ui.shell.ScreenshotsCommand());
    }

    /** No arguments, or a plan file (no subcommand is named *.waymark), optionally with --read-only. */
    static boolean opensWindowWithoutCommands(String[] args) {
        if (args.length == 0) return true;
        String file = args.length == 1 ? args[0] : args.length == 2 && args[0].equals("--read-only") ? args[1] : null;
        return file != null && !file.startsWith("-") && file.toLowerCase(java.util.Locale.ROOT).endsWith(".waymark");
    }

    static boolean opensWindow(String[] args, CommandLine cli) {
        if (args.length == 0) return true;
        if (args.length > 1) {
            return args.length == 2 && args[0].equals("--read-only") && !cli.getSubcommands().containsKey(args[1]);
        }
        String a = args[0];
        return !a.startsWith("-") && !cli.getSubcommands().containsKey(a);
    }
}
