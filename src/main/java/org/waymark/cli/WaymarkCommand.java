package org.waymark.cli;

import picocli.CommandLine.Command;

/** The headless entry point. Subcommands are added by the launcher so that each layer brings its own. */
@Command(name = "waymark", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Tracks an NHS trust's CQC improvement plan in one local plan file.%n"
                + "With no subcommand (or just a plan file) it opens the window.",
        subcommands = {NewCommand.class, DemoCommand.class, CheckCommand.class, RestoreCommand.class, SnapshotCommand.class,
                FrameworksCommand.class, ReadQuestionsCommand.class})
public final class WaymarkCommand implements Runnable {
    @Override public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }
}
