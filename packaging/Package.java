import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds the installable Waymark: a trimmed Java runtime with JavaFX inside it, the app-image, an AppCDS archive
 * and the OS packages. Run by {@code ./mvnw -Ppackage package} after the jar is built (see packaging/README.md);
 * a single-file program so that the same steps run on Linux, Windows and macOS.
 *
 * <pre>java packaging/Package.java --version 0.1.0 --types default|app-image,deb,rpm --java-options "..."</pre>
 */
public final class Package {

    /**
     * The JDK modules the app and its libraries need (from jdeps and the libraries' module descriptors), and
     * the JavaFX modules. jdk.localedata carries the en-GB formats; --include-locales keeps only English.
     */
    static final String MODULES = String.join(",",
            "java.base", "java.desktop", "java.logging", "java.management", "java.naming", "java.net.http",
            "java.scripting", "java.security.jgss", "java.sql", "java.sql.rowset", "java.xml", "java.xml.crypto",
            "jdk.localedata", "jdk.unsupported", "jdk.xml.dom",
            "javafx.base", "javafx.graphics", "javafx.controls", "javafx.swing");

    final Path project;
    final Path target;
    final Path work;
    final Path dist;
    final String os;
    final String version;
    final List<String> javaOptions;
    final List<String> types;

    Package(Path project, String version, List<String> javaOptions, List<String> types) {
        this.project = project;
        this.target = project.resolve("target");
        this.work = target.resolve("package");
        this.dist = target.resolve("dist");
        this.os = currentOs();
        this.version = version;
        this.javaOptions = javaOptions;
        this.types = types.equals(List.of("default")) ? defaultTypes(os) : types;
    }

    public static void main(String[] args) throws Exception {
        String version = "0.0.0";
        String options = "";
        String types = "default";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--version" -> version = args[++i];
                case "--java-options" -> options = args[++i];
                case "--types" -> types = args[++i];
                default -> throw new IllegalArgumentException("Unknown option " + args[i]);
            }
        }
        List<String> javaOptions = new ArrayList<>(Arrays.stream(options.trim().split("\\s+")).filter(s -> !s.isBlank()).toList());
        new Package(Path.of("").toAbsolutePath(), numericVersion(version), javaOptions,
                Arrays.stream(types.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()).run();
    }

    void run() throws Exception {
        if (os.equals("macos") && version.startsWith("0.")) {
            throw new IllegalStateException("jpackage on macOS needs a version of 1.0 or more; the project is at " + version);
        }
        Path jar = target.resolve("waymark.jar");
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("Build the jar first: " + jar + " is missing");
        deleteTree(work);
        deleteTree(dist);
        Files.createDirectories(dist);

        Path input = prepareInput(jar);
        extractSqliteLibrary(input);
        Path runtime = jlinkRuntime();
        Path image = appImage(input, runtime);
        if (os.equals("linux")) {
            for (String launcher : List.of("Waymark", "WaymarkCLI")) ShellLauncher.replace(image, launcher);
            new ClassDataArchive(image).create();
        }
        for (String type : types) {
            if (!type.equals("app-image")) installer(type, image);
        }
        System.out.println("[package] done: " + dist);
    }

    /** The app's jar and its libraries, without JavaFX: JavaFX goes into the runtime as named modules. */
    Path prepareInput(Path jar) throws IOException {
        Path input = Files.createDirectories(work.resolve("input"));
        Files.copy(jar, input.resolve(jar.getFileName()));
        Path lib = Files.createDirectories(input.resolve("lib"));
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            for (Path p : jars.filter(p -> p.toString().endsWith(".jar")).filter(p -> !isJavaFx(p)).toList()) {
                Files.copy(p, lib.resolve(p.getFileName()));
            }
        }
        return input;
    }

    /**
     * SQLite's native library, unpacked once here rather than by sqlite-jdbc on every start (which also ran a
     * process to probe the C library, made a random name and hashed the file: about a third of a second before a
     * plan could open). The app-image's options point sqlite-jdbc at it; nothing is written to a temp folder.
     */
    void extractSqliteLibrary(Path input) throws IOException {
        String arch = switch (System.getProperty("os.arch")) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        String folder = switch (os) { case "windows" -> "Windows"; case "macos" -> "Mac"; default -> "Linux"; };
        String name = switch (os) { case "windows" -> "sqlitejdbc.dll"; case "macos" -> "libsqlitejdbc.dylib"; default -> "libsqlitejdbc.so"; };
        Path sqliteJar;
        try (Stream<Path> jars = Files.list(input.resolve("lib"))) {
            sqliteJar = jars.filter(p -> p.getFileName().toString().startsWith("sqlite-jdbc-")).findFirst().orElse(null);
        }
        if (arch == null || sqliteJar == null) return;
        try (ZipFile zip = new ZipFile(sqliteJar.toFile())) {
            ZipEntry entry = zip.getEntry("org/sqlite/native/" + folder + "/" + arch + "/" + name);
            if (entry == null) return;   // sqlite-jdbc then unpacks it itself, into the per-user folder
            Path dir = Files.createDirectories(input.resolve("native"));
            try (InputStream in = zip.getInputStream(entry)) {
                Files.copy(in, dir.resolve(name));
            }
        }
        javaOptions.add("-Dorg.sqlite.lib.path=$APPDIR" + (os.equals("windows") ? "\\" : "/") + "native");
        javaOptions.add("-Dorg.sqlite.lib.name=" + name);
    }

    /**
     * A runtime with only the modules the app needs. JavaFX's platform jars are modular, so jlink takes them
     * from the module path directly (JavaFX's jmods are not published to the Maven repository). Their native
     * libraries ride inside the jars as resources; they are moved next to the JDK's own so that JavaFX loads
     * them in place instead of unpacking them into the user's home on every first run.
     */
    Path jlinkRuntime() throws IOException {
        List<Path> fxJars = javaFxPlatformJars();
        Path runtime = work.resolve("runtime");
        List<String> args = new ArrayList<>(List.of(
                "--module-path", String.join(java.io.File.pathSeparator, fxJars.stream().map(Path::toString).toList()),
                "--add-modules", MODULES,
                "--include-locales", "en",
                // --strip-debug also strips native symbols, which on Linux needs objcopy (binutils)
                os.equals("linux") && !onPath("objcopy") ? "--strip-java-debug-attributes" : "--strip-debug",
                "--no-header-files", "--no-man-pages",
                "--compress", Runtime.version().feature() >= 21 ? "zip-6" : "2",
                "--exclude-resources", "glob:/javafx.*/*.so,glob:/javafx.*/*.dll,glob:/javafx.*/*.dylib",
                "--generate-cds-archive",
                "--output", runtime.toString()));
        tool("jlink", args);
        Path nativeDir = runtime.resolve(os.equals("windows") ? "bin" : "lib");
        for (Path fx : fxJars) extractNativeLibraries(fx, nativeDir);
        // The archive for heaps over 32 GB: never used by this app, 11 MB saved.
        try (Stream<Path> files = Files.walk(runtime)) {
            for (Path p : files.filter(p -> p.getFileName().toString().equals("classes_nocoops.jsa")).toList()) Files.delete(p);
        }
        return runtime;
    }

    Path appImage(Path input, Path runtime) throws IOException {
        if (os.equals("linux")) javaOptions.addAll(ClassDataArchive.OPTIONS);
        List<String> args = new ArrayList<>(List.of(
                "@" + project.resolve("packaging/common.args"),
                "@" + project.resolve("packaging/" + os + "/app-image.args"),
                "--app-version", version,
                "--input", input.toString(),
                "--runtime-image", runtime.toString(),
                "--dest", dist.toString()));
        for (String option : javaOptions) {
            args.add("--java-options");
            args.add(option);
        }
        Path cli = commandLauncher();
        if (cli != null) args.addAll(List.of("--add-launcher", "WaymarkCLI=" + cli));
        tool("jpackage", args);
        Path image = os.equals("macos") ? dist.resolve("Waymark.app") : dist.resolve("Waymark");
        if (!Files.isDirectory(image)) throw new IllegalStateException("jpackage did not make " + image);
        return image;
    }

    /**
     * JVM options for the commands only. A command lives for seconds: C2's compilations cost a third of its CPU
     * and rarely pay back before it ends, and G1 sizes its young generation for a long-lived heap (a 20,000-action
     * {@code check} peaked near 700 MB with it, under 256 MB with the serial collector). The window keeps the
     * defaults: it runs all day, and started later with these in three runs of four (docs/STARTUP.md).
     */
    static final List<String> COMMAND_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** Where the commands' launcher finds the window's, to hand it a window it is asked for (Main.WINDOW_LAUNCHER). */
    String windowLauncherOption() {
        return "-Dwaymark.window.launcher=" + (os.equals("windows") ? "$APPDIR\\..\\Waymark.exe" : "$APPDIR/../../bin/Waymark");
    }

    /**
     * The commands' launcher, {@code WaymarkCLI} (with a console on Windows), from {@code <os>/cli-launcher.properties}
     * plus the java-options line: jpackage gives an added launcher only its own options when it names any, so the
     * line repeats every option of the window's launcher before the commands' own. None on an OS without the file.
     */
    Path commandLauncher() throws IOException {
        Path template = project.resolve("packaging/" + os + "/cli-launcher.properties");
        if (!Files.isRegularFile(template)) return null;
        List<String> options = new ArrayList<>(javaOptions);
        options.addAll(COMMAND_OPTIONS);
        options.add(windowLauncherOption());
        Path properties = Files.createDirectories(work).resolve("cli-launcher.properties");
        // A properties file: a backslash (in a Windows path) would start an escape.
        Files.writeString(properties, Files.readString(template) + "java-options=" + String.join(" ", options).replace("\\", "\\\\") + "\n");
        return properties;
    }

    /**
     * On Linux each jpackage launcher is replaced by a shell script that starts the image's runtime with exactly the
     * launcher's configuration ({@code lib/app/NAME.cfg}: class path, main class, JVM options). jpackage's own Linux
     * launcher asks {@code rpm -qf} and then {@code dpkg -S} which package owns it, on every start, before the JVM
     * starts: 0.3 s on the build machine, where no package owns it, and more where the .deb does (docs/STARTUP.md).
     * The .cfg files stay, as jpackage's .deb step and this script read them.
     */
    static final class ShellLauncher {
        private ShellLauncher() {}

        static void replace(Path image, String name) throws IOException {
            Path cfg = image.resolve("lib/app/" + name + ".cfg");
            List<String> classPath = new ArrayList<>();
            List<String> options = new ArrayList<>();
            String mainClass = null;
            for (String line : Files.readAllLines(cfg)) {
                if (line.startsWith("app.classpath=")) classPath.add(line.substring("app.classpath=".length()));
                else if (line.startsWith("app.mainclass=")) mainClass = line.substring("app.mainclass=".length());
                else if (line.startsWith("java-options=")) options.add(line.substring("java-options=".length()));
            }
            if (mainClass == null || classPath.isEmpty()) throw new IllegalStateException("No class path or main class in " + cfg);
            StringBuilder sh = new StringBuilder("#!/bin/sh\n")
                    .append("# ").append(name).append(": made by packaging/Package.java from lib/app/").append(name)
                    .append(".cfg, in place of jpackage's launcher,\n# which asks the package manager who owns it on every start.\n")
                    .append("APPDIR=$(readlink -f \"$(dirname \"$(readlink -f \"$0\")\")/../lib/app\")\n")
                    .append("exec \"$APPDIR/../runtime/bin/java\"");
            for (String option : options) sh.append(" \\\n    ").append(quoted(option));
            sh.append(" \\\n    -cp ").append(quoted(String.join(":", classPath)))
                    .append(" \\\n    ").append(quoted(mainClass)).append(" \"$@\"\n");
            Path launcher = image.resolve("bin/" + name);
            Files.writeString(launcher, sh);
            launcher.toFile().setExecutable(true, false);
        }

        /** Double-quoted for sh, with $APPDIR left to expand and every other special character escaped. */
        static String quoted(String value) {
            String escaped = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`").replace("$", "\\$")
                    .replace("\\$APPDIR", "$APPDIR");
            return "\"" + escaped + "\"";
        }
    }

    /**
     * An installer made from the app-image. The class-data archive stays out of it: it only fits the class path it
     * was dumped at, so the installer re-makes it where it installs (the class list travels instead).
     */
    void installer(String type, Path image) throws IOException {
        Path argsFile = project.resolve("packaging/" + os + "/" + type + ".args");
        if (!Files.isRegularFile(argsFile)) throw new IllegalArgumentException("No " + argsFile + " for " + os);
        if (type.equals("deb") && !onPath("fakeroot")) throw new IllegalStateException("The .deb needs fakeroot: apt-get install -y fakeroot");
        if (type.equals("rpm") && !onPath("rpmbuild")) throw new IllegalStateException("The .rpm needs rpmbuild: apt-get install -y rpm");
        Path archive = image.resolve("lib/app/waymark.jsa");
        Path aside = work.resolve("waymark.jsa");
        if (Files.exists(archive)) Files.move(archive, aside);
        try {
            tool("jpackage", List.of(
                    "@" + project.resolve("packaging/common.args"),
                    "@" + argsFile,
                    "--app-version", version,
                    "--app-image", image.toString(),
                    "--dest", dist.toString()));
        } finally {
            if (Files.exists(aside)) Files.move(aside, archive);
        }
    }

    /**
     * An AppCDS archive of the classes a start-up loads (JDK, JavaFX, libraries, app), so the JVM maps them
     * instead of parsing and verifying them. It is a static archive made from a class list: the list is learned
     * by a training run here, and the archive can be re-made from it anywhere without a display, which the
     * .deb's postinst does at the installed location (the JVM only uses an archive at the exact class path it
     * was made for). Linux only for now: the .msi and .dmg install to places this machine cannot dump for.
     */
    final class ClassDataArchive {
        /**
         * The launchers' options for the archive. If it is missing or was made for another place the JVM starts
         * without it: slower, never broken; the log options keep that fallback from printing on the console.
         */
        static final List<String> OPTIONS = List.of("-XX:SharedArchiveFile=$APPDIR/waymark.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");

        private final Path image;
        private final Path appDir;

        ClassDataArchive(Path image) {
            this.image = image;
            this.appDir = image.resolve("lib/app");
        }

        void create() throws IOException, InterruptedException {
            Path launcher = image.resolve("bin/Waymark");
            Path training = Files.createDirectories(work.resolve("training"));
            Path plan = training.resolve("demo.waymark");
            Path classList = appDir.resolve("waymark.classlist");
            Path windowList = training.resolve("window.classlist");
            Path cliList = training.resolve("cli.classlist");

            run(training, List.of(launcher.toString(), "demo", "-o", plan.toString()), "-XX:DumpLoadedClassList=" + cliList, null);
            List<String> window = windowCommand(launcher, plan);
            if (window == null) {
                System.out.println("[package] no display and no xvfb-run: the class archive covers the commands, not the window");
            } else {
                // A name chosen, as after any first start: otherwise the window asks who you are, and that dialog is
                // still open when the probe quits after the plan's frame, which then ends in the one-minute limit.
                Path data = Files.createDirectories(training.resolve("data/waymark"));
                Files.writeString(data.resolve("preferences.json"), "{\"userName\" : \"Class list training\"}");
                Path log = training.resolve("log.txt");
                long before = Files.exists(log) ? Files.size(log) : 0;
                int rc = run(training, window, "-XX:DumpLoadedClassList=" + windowList, "true");
                String said = Files.exists(log) ? Files.readString(log).substring((int) before) : "";
                // The run only teaches the archive which classes the window loads: a window that drew its frame but
                // missed the probe's one-minute limit for the plan (a loaded build machine) still taught it that.
                if (rc != 0 && said.contains("first-frame-ms=")) {
                    System.out.println("[package] the window training run ended with " + rc + " after its first frame (" + lastLine(said)
                            + "); its class list is kept");
                } else if (rc != 0) {
                    System.out.println("[package] the window training run failed (" + rc + ": " + lastLine(said)
                            + "); the class archive covers the commands only; see " + log);
                    Files.deleteIfExists(windowList);
                }
            }
            List<String> classes = new ArrayList<>();
            for (Path list : List.of(windowList, cliList)) {
                if (Files.exists(list)) classes.addAll(Files.readAllLines(list));
            }
            Files.write(classList, classes.stream().distinct().toList());
            int rc = run(training, List.of(launcher.toString()),
                    "-Xshare:dump -XX:SharedClassListFile=" + classList + " -XX:SharedArchiveFile=" + appDir.resolve("waymark.jsa"), null);
            if (rc != 0 || !Files.exists(appDir.resolve("waymark.jsa"))) throw new IllegalStateException("The class archive dump failed: see " + training.resolve("log.txt"));
            System.out.println("[package] class archive: " + classes.size() + " classes listed, "
                    + Files.size(appDir.resolve("waymark.jsa")) / (1024 * 1024) + " MB");
        }

        private static String lastLine(String output) {
            List<String> lines = output.strip().lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
        }

        /** The window, opening the demo plan and quitting after its first frame; under xvfb-run if there is no display. */
        private List<String> windowCommand(Path launcher, Path plan) {
            List<String> window = List.of(launcher.toString(), plan.toString());
            String display = System.getenv("DISPLAY");
            if (display != null && !display.isBlank()) return window;
            if (!onPath("xvfb-run")) return null;
            List<String> wrapped = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
            wrapped.addAll(window);
            return wrapped;
        }

        /** Runs the launcher with extra JVM options (the launcher's own are fixed in its configuration). */
        private int run(Path dir, List<String> command, String jvmOptions, String exitAfterFirstFrame) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("log.txt").toFile()));
            pb.environment().put("JAVA_TOOL_OPTIONS", jvmOptions);
            pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
            if (exitAfterFirstFrame != null) pb.environment().put("WAYMARK_EXIT_AFTER_FIRST_FRAME", exitAfterFirstFrame);
            Process p = pb.start();
            if (!p.waitFor(3, java.util.concurrent.TimeUnit.MINUTES)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        }
    }

    List<Path> javaFxPlatformJars() throws IOException {
        try (Stream<Path> jars = Files.list(target.resolve("lib"))) {
            // javafx-graphics-21.0.12-linux.jar carries the code; javafx-graphics-21.0.12.jar is an empty shell.
            List<Path> fx = jars.filter(Package::isJavaFx)
                    .filter(p -> p.getFileName().toString().matches("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar"))
                    .sorted().toList();
            if (fx.isEmpty()) throw new IllegalStateException("No JavaFX platform jars in target/lib");
            return fx;
        }
    }

    static void extractNativeLibraries(Path jar, Path dir) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().filter(e -> e.getName().matches("[^/]+\\.(so|dll|dylib)")).toList()) {
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, dir.resolve(e.getName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static boolean isJavaFx(Path p) {
        return p.getFileName().toString().startsWith("javafx-");
    }

    static void tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is missing: build with a full JDK 17 or newer"));
        System.out.println("[package] " + name + " " + String.join(" ", args));
        PrintWriter out = new PrintWriter(System.out, true);
        int rc = tool.run(out, new PrintWriter(System.err, true), args.toArray(String[]::new));
        if (rc != 0) throw new IllegalStateException(name + " failed with exit code " + rc);
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    static String currentOs() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (name.contains("win")) return "windows";
        if (name.contains("mac")) return "macos";
        return "linux";
    }

    static List<String> defaultTypes(String os) {
        return switch (os) {
            case "windows" -> List.of("app-image", "msi");
            case "macos" -> List.of("app-image", "dmg");
            default -> List.of("app-image", "deb");
        };
    }

    /** jpackage wants 1 to 3 numbers (and macOS a first number above 0); "0.2.0-SNAPSHOT" becomes "0.2.0". */
    static String numericVersion(String mavenVersion) {
        String v = mavenVersion.replaceAll("[^0-9.].*$", "").replaceAll("\\.$", "");
        return v.isEmpty() ? "1.0.0" : v;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
