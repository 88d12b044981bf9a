package org.waymark.app;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where outer layers that may not know each other meet: `report` and `io` provide implementations of interfaces
 * the `app` layer defines (a board-pack exporter, an importer), the launcher registers them, and the `ui` finds
 * them here. Keeps ui, report, io and cli independent, as the layering requires.
 */
public final class Ports {

    private static final Map<Class<?>, Object> PROVIDED = new ConcurrentHashMap<>();

    private Ports() {}

    public static <T> void provide(Class<T> port, T implementation) {
        PROVIDED.put(port, implementation);
    }

    public static <T> Optional<T> find(Class<T> port) {
        return Optional.ofNullable(port.cast(PROVIDED.get(port)));
    }
}
