package org.waymark.io;

import com.fasterxml.jackson.core.type.TypeReference;
import org.waymark.app.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the mapping a user settled on for a sheet layout (its header signature), in the per-user data folder,
 * so next month's copy of the same spreadsheet maps itself.
 */
final class MappingMemory {

    private static final TypeReference<Map<String, Map<String, String>>> TYPE = new TypeReference<>() {};
    private final Path file;

    MappingMemory(Path file) { this.file = file; }

    Optional<Map<String, Field>> recall(String signature) {
        Map<String, String> saved = all().get(signature);
        if (saved == null) return Optional.empty();
        Map<String, Field> m = new LinkedHashMap<>();
        saved.forEach((h, f) -> Field.named(f).ifPresent(field -> m.put(h, field)));
        return Optional.of(m);
    }

    /** Best effort: failing to remember must never fail an import that has already committed. */
    void remember(ColumnMapping mapping) {
        Map<String, Map<String, String>> all = new LinkedHashMap<>(all());
        Map<String, String> m = new LinkedHashMap<>();
        mapping.byHeader().forEach((h, f) -> m.put(h, f.name()));
        all.put(mapping.signature(), m);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), all);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException ignored) {
            // The mapping is a convenience; the user can map again.
        }
    }

    private Map<String, Map<String, String>> all() {
        if (!Files.exists(file)) return Map.of();
        try {
            return Json.mapper().readValue(file.toFile(), TYPE);
        } catch (IOException e) {
            return Map.of();
        }
    }
}
