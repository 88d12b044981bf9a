package org.waymark.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link CommandStartBench} starts a command and its floors. From the jar: {@code java -jar}, floors on the
 * jar's class path. From an app-image: its commands' launcher {@code bin/WaymarkCLI}, floors on the image's own
 * runtime with that launcher's JVM options (read from its {@code .cfg}), less the class-data archive, which only
 * fits the launcher's class path (an empty main has nothing of ours to share).
 */
record Launch(String what, List<String> prefix, List<String> floorPrefix) {

    static Launch jar(Path jar) throws URISyntaxException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new Launch(jar.toString(), List.of(java, "-jar", jar.toString()),
                List.of(java, "-cp", floorClasses() + File.pathSeparator + jar));
    }

    static Launch image(Path image) throws IOException, URISyntaxException {
        Path app = image.resolve("lib/app");
        List<String> floor = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
        for (String line : Files.readAllLines(app.resolve("WaymarkCLI.cfg"))) {
            if (!line.startsWith("java-options=")) continue;
            String option = line.substring("java-options=".length()).replace("$APPDIR", app.toString());
            if (!option.startsWith("-XX:SharedArchiveFile") && !option.startsWith("-Xlog:cds")) floor.add(option);
        }
        floor.addAll(List.of("-cp", floorClasses() + File.pathSeparator + app.resolve("waymark.jar")));
        return new Launch(image.resolve("bin/WaymarkCLI").toString(), List.of(image.resolve("bin/WaymarkCLI").toString()), floor);
    }

    List<String> command(String... args) {
        List<String> c = new ArrayList<>(prefix);
        c.addAll(List.of(args));
        return c;
    }

    /** A floor program from {@code org.waymark.bench.floor}. */
    List<String> floor(String simpleName, String... args) {
        List<String> c = new ArrayList<>(floorPrefix);
        c.add("org.waymark.bench.floor." + simpleName);
        c.addAll(List.of(args));
        return c;
    }

    private static Path floorClasses() throws URISyntaxException {
        return Path.of(Launch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
