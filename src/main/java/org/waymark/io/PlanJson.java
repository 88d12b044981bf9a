package org.waymark.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.waymark.app.DocumentImport;
import org.waymark.app.Json;
import org.waymark.app.PlanSession;
import org.waymark.app.PlanTables;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole plan as one versioned JSON document (docs/plan-document.schema.json): every stored row, the audit log
 * and snapshots included, so importing it into a new file and exporting again gives the same document.
 * Read with the one shared ObjectMapper, as a tree: no polymorphic typing, nothing instantiated from the document.
 */
public final class PlanJson {

    public static final String FORMAT = "waymark-plan";
    public static final int FORMAT_VERSION = 1;

    private PlanJson() {}

    public static String write(PlanSession session) {
        PlanTables t = session.tables();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("formatVersion", FORMAT_VERSION);
        doc.put("schemaVersion", t.schemaVersion());
        doc.put("organisation", session.plan().organisation().name());
        doc.put("tables", t.tables());
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A plan's rows are plain values and always serialise", e);
        }
    }

    static void write(PlanSession session, Path target) {
        String json = write(session);
        AtomicFile.write(target, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads and checks a document without touching any plan file. */
    public static PlanTables read(Path file) {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
                throw new UnreadableFile(name + " is refused: it gives the key " + e.getOriginalMessage().substring("Duplicate field ".length())
                        + " twice in one object" + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                        + ", so different programs would read different values. Waymark never writes that; the file was edited. Export the plan again.", e);
            }
            throw new UnreadableFile(name + " is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")")
                    + ". It may have been edited by hand or cut short. Export the plan again.", e);
        } catch (IOException e) {
            throw new UnreadableFile("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new UnreadableFile(name + " is JSON but not a Waymark plan document (it has no \"format\": \"" + FORMAT + "\"). Export the plan from Waymark with File › Export.");
        }
        JsonNode version = root.get("formatVersion");
        if (version == null || !version.canConvertToInt()) throw new UnreadableFile(name + " has no format version, so it cannot be read safely.");
        if (version.asInt() > FORMAT_VERSION) {
            throw new UnreadableFile(name + " was written by a newer version of Waymark (plan document format " + version.asInt()
                    + "; this version reads format " + FORMAT_VERSION + "). Update Waymark to import it.");
        }
        if (version.asInt() < 1) throw new UnreadableFile(name + " has an unknown format version (" + version.asInt() + ").");
        JsonNode schema = root.get("schemaVersion");
        if (schema == null || !schema.canConvertToInt()) throw new UnreadableFile(name + " has no plan schema version.");
        JsonNode tables = root.get("tables");
        if (tables == null || !tables.isObject()) throw new UnreadableFile(name + " has no \"tables\" object, so it holds no plan.");
        return new PlanTables(schema.asInt(), tables(name, (ObjectNode) tables));
    }

    private static Map<String, List<Map<String, Object>>> tables(String name, ObjectNode tables) {
        Map<String, List<Map<String, Object>>> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
            var t = it.next();
            if (!t.getValue().isArray()) throw new UnreadableFile(name + ": table \"" + t.getKey() + "\" is not a list of rows.");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (JsonNode row : t.getValue()) {
                if (!row.isObject()) throw new UnreadableFile(name + ": a row of table \"" + t.getKey() + "\" is not an object.");
                Map<String, Object> values = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> cols = row.fields(); cols.hasNext(); ) {
                    var c = cols.next();
                    values.put(c.getKey(), value(name, t.getKey(), c.getKey(), c.getValue()));
                }
                rows.add(values);
            }
            out.put(t.getKey(), rows);
        }
        return out;
    }

    private static Object value(String name, String table, String column, JsonNode v) {
        if (v.isNull()) return null;
        if (v.isTextual()) return v.textValue();
        if (v.isIntegralNumber() && v.canConvertToLong()) return v.longValue();
        if (v.isFloatingPointNumber()) return v.doubleValue();
        throw new UnreadableFile(name + ": " + table + "." + column + " holds " + v.getNodeType().name().toLowerCase() + ", which no plan column can hold.");
    }

    /** Creates a new plan file from a document. The target must not exist; a failure leaves no file behind. */
    public static PlanSession importInto(Path document, Path newPlan, String user, Clock clock) {
        return importInto(document, newPlan, user, clock, false);
    }

    /** As above; a document whose audit log does not prove it is refused unless {@code acceptBroken} (then audited). */
    public static PlanSession importInto(Path document, Path newPlan, String user, Clock clock, boolean acceptBroken) {
        return DocumentImport.importInto(read(document), newPlan, user, clock, acceptBroken);
    }
}
