package org.waymark;

import org.waymark.app.infra.RuntimeSetup;
import org.waymark.cli.WaymarkCommand;
import org.waymark.ui.shell.WaymarkApp;
import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one launcher. No arguments, or just a plan file, opens the window; a subcommand runs headless. It does not
 * extend Application, so it also starts when JavaFX is on the class path rather than the module path.
 */
public final class Main {

    /**
     * Every subcommand, by the name its {@code @Command} gives it (LauncherChoiceTest holds the two together).
     * Picocli reflects over each command it is given, and each command's class pulls in its layer, so a run that
     * names one command builds only that one: {@code check} loads no board-pack, spreadsheet or window classes.
     */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        // Lambdas, not constructor references: a reference is resolved when the map is filled, which loads the
        // class, and verifying ScreenshotsCommand alone loads JavaFX.
        COMMANDS.put("new", () -> new org.waymark.cli.NewCommand());
        COMMANDS.put("demo", () -> new org.waymark.cli.DemoCommand());
        COMMANDS.put("check", () -> new org.waymark.cli.CheckCommand());
        COMMANDS.put("publish", () -> new org.waymark.cli.PublishCommand());
        COMMANDS.put("restore", () -> new org.waymark.cli.RestoreCommand());
        COMMANDS.put("key", () -> new org.waymark.cli.KeyCommand());
        COMMANDS.put("snapshot", () -> new org.waymark.cli.SnapshotCommand());
        COMMANDS.put("frameworks", () -> new org.waymark.cli.FrameworksCommand());
        COMMANDS.put("read-questions", () -> new org.waymark.cli.ReadQuestionsCommand());
        COMMANDS.put("export-pack", () -> new org.waymark.report.ExportPackCommand());
        COMMANDS.put("verify", () -> new org.waymark.report.VerifyPackCommand());
        COMMANDS.put("spc", () -> new org.waymark.report.spc.SpcCommand());
        COMMANDS.put("import", () -> new org.waymark.io.ImportCommand());
        COMMANDS.put("export", () -> new org.waymark.io.ExportCommand());
        COMMANDS.put("request-updates", () -> new org.waymark.io.RequestUpdatesCommand());
        COMMANDS.put("read-updates", () -> new org.waymark.io.ReadUpdatesCommand());
        COMMANDS.put("screenshots", () -> new org.waymark.ui.shell.ScreenshotsCommand());
    }

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
        if (opensWindowWithoutCommands(args) || opensWindow(args)) {
            openWindow(args);
            return;
        }
        System.exit(commandLine(args).execute(args));
    }

    /**
     * Names the window's launcher in the commands' launcher ({@code WaymarkCLI}, which the .deb's {@code waymark}
     * runs). That one's JVM options suit a process that lives for seconds (packaging/README.md), so a window asked of
     * it is opened by the window's launcher instead, and this process waits for it: the terminal, the exit code and
     * a missing display's message stay as if the window had been opened here.
     */
    static final String WINDOW_LAUNCHER = "waymark.window.launcher";

    private static void openWindow(String[] args) {
        String launcher = System.getProperty(WINDOW_LAUNCHER);
        if (launcher != null && java.nio.file.Files.isExecutable(java.nio.file.Path.of(launcher))) {
            java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(launcher));
            command.addAll(java.util.List.of(args));
            try {
                System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
            } catch (java.io.IOException e) {
                // Not startable after all: open the window here, with this launcher's options.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.exit(130);
            }
        }
        WaymarkApp.launchWindow(args);
    }

    /**
     * Registers the outer layers' implementations of app ports (see {@link org.waymark.app.Ports}). Each is made
     * when first asked for, so a command that never asks loads none of PDFBox, POI or Jackson for them.
     */
    public static void wire() {
        org.waymark.app.Ports.provide(org.waymark.app.BoardPackExporter.class, () -> new org.waymark.report.PdfBoardPackExporter());
        org.waymark.app.Ports.provide(org.waymark.app.PlanImporter.class, () -> org.waymark.io.SpreadsheetImport.forCurrentUser());
        org.waymark.app.Ports.provide(org.waymark.app.PlanExporter.class, () -> new org.waymark.io.FileExporter());
        org.waymark.app.Ports.provide(org.waymark.app.ObservationReader.class, () -> new org.waymark.io.MetricCsv());
        org.waymark.app.Ports.provide(org.waymark.app.rounds.UpdateRoundFiles.class, () -> new org.waymark.io.rounds.RoundFilesPort());
    }

    /** The whole command line, every subcommand built: for the help text, a mistyped name and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new WaymarkCommand());
        COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        return cli;
    }

    /** The command line for these arguments: only the named subcommand when the first argument names one. */
    public static CommandLine commandLine(String[] args) {
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named == null) return commandLine();
        return new CommandLine(new WaymarkCommand()).addSubcommand(args[0], named.get());
    }

    /** The subcommands' names, known without building any of them. */
    static java.util.Set<String> commandNames() { return java.util.Collections.unmodifiableSet(COMMANDS.keySet()); }

    /** No arguments, or a plan file (no subcommand is named *.waymark), optionally with --read-only. */
    static boolean opensWindowWithoutCommands(String[] args) {
        if (args.length == 0) return true;
        String file = args.length == 1 ? args[0] : args.length == 2 && args[0].equals("--read-only") ? args[1] : null;
        return file != null && !file.startsWith("-") && file.toLowerCase(java.util.Locale.ROOT).endsWith(".waymark");
    }

    static boolean opensWindow(String[] args) {
        if (args.length == 0) return true;
        if (args.length > 1) {
            return args.length == 2 && args[0].equals("--read-only") && !COMMANDS.containsKey(args[1]);
        }
        String a = args[0];
        return !a.startsWith("-") && !COMMANDS.containsKey(a);
    }
}
