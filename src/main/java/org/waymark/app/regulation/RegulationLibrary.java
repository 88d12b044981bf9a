package org.waymark.app.regulation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.waymark.domain.regulation.Crosswalk;
import org.waymark.domain.regulation.Framework;
import org.waymark.domain.regulation.InstrumentSet;
import org.waymark.domain.regulation.RegimeDefinition;
import org.waymark.domain.regulation.RegulationCatalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the regulation data: the files shipped in the jar (listed in {@code index.json}), then any {@code *.json} a
 * trust put in its own folder, so next year's framework arrives as a file, not a release. A local file replaces a
 * shipped one with the same id only when its version is higher. A file that cannot be read is reported and left
 * out; the rest still load.
 */
public final class RegulationLibrary {

    private static final String BUNDLED = "/org/waymark/regulation/";

    /** Strict: a misspelt field or a repeated key in a data file is an error, never silently ignored. */
    private static final ObjectMapper STRICT = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private record Entry(String kind, int version, Object value, String origin) {}

    private RegulationLibrary() {}

    /** The shipped data alone. */
    public static RegulationLoad bundled() {
        RegulationLibrary lib = new RegulationLibrary();
        lib.readBundled();
        return lib.result();
    }

    /** The shipped data, then the trust's own files in {@code folder} (which may not exist). */
    public static RegulationLoad withLocal(Path folder) {
        RegulationLibrary lib = new RegulationLibrary();
        lib.readBundled();
        if (folder != null && Files.isDirectory(folder)) lib.readFolder(folder);
        return lib.result();
    }

    private void readBundled() {
        try (InputStream in = RegulationLibrary.class.getResourceAsStream(BUNDLED + "index.json")) {
            if (in == null) throw new IllegalStateException("The regulation data index is missing from the application");
            for (JsonNode name : STRICT.readTree(in).path("files")) {
                try (InputStream file = RegulationLibrary.class.getResourceAsStream(BUNDLED + name.asText())) {
                    if (file == null) { problems.add(name.asText() + ": listed in the index but not shipped"); continue; }
                    add(STRICT.readTree(file), name.asText());
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("The application's own regulation data cannot be read", e);
        }
    }

    private void readFolder(Path folder) {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            problems.add(folder + ": cannot be listed (" + e.getMessage() + ")");
            return;
        }
        for (Path file : files) {
            try {
                add(STRICT.readTree(file.toFile()), file.toString());
            } catch (IOException e) {
                problems.add(file + ": not valid regulation data (" + firstLine(e.getMessage()) + ")");
            }
        }
    }

    private void add(JsonNode node, String origin) throws IOException {
        if (!(node instanceof ObjectNode object)) { problems.add(origin + ": not a JSON object"); return; }
        String kind = object.path("kind").asText("");
        object.remove("kind");
        Object value = switch (kind) {
            case "regime" -> STRICT.treeToValue(object, RegimeDefinition.class);
            case "framework" -> STRICT.treeToValue(object, Framework.class);
            case "crosswalk" -> STRICT.treeToValue(object, Crosswalk.class);
            case "instruments" -> STRICT.treeToValue(object, InstrumentSet.class);
            default -> null;
        };
        if (value == null) { problems.add(origin + ": unknown kind '" + kind + "' (regime, framework, crosswalk or instruments)"); return; }
        String id = object.path("id").asText("");
        int version = object.path("version").asInt(0);
        Entry old = entries.get(id);
        if (old != null && old.version() >= version) {
            problems.add(origin + ": " + id + " version " + version + " is not newer than " + old.origin() + "; left out");
            return;
        }
        entries.put(id, new Entry(kind, version, value, origin));
    }

    private RegulationLoad result() {
        List<RegimeDefinition> regimes = new ArrayList<>();
        List<Framework> frameworks = new ArrayList<>();
        List<Crosswalk> crosswalks = new ArrayList<>();
        List<InstrumentSet> instruments = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.value() instanceof RegimeDefinition r) regimes.add(r);
            else if (e.value() instanceof Framework f) frameworks.add(f);
            else if (e.value() instanceof Crosswalk c) crosswalks.add(c);
            else if (e.value() instanceof InstrumentSet s) instruments.add(s);
        }
        RegulationCatalogue catalogue = new RegulationCatalogue(regimes, frameworks, crosswalks, instruments);
        List<String> all = new ArrayList<>(problems);
        all.addAll(catalogue.problems());
        return new RegulationLoad(catalogue, List.copyOf(all));
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
    }
}
