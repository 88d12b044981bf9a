package org.waymark.app;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Where outer layers that may not know each other meet: `report` and `io` provide implementations of interfaces
 * the `app` layer defines (a board-pack exporter, an importer), the launcher registers them, and the `ui` finds
 * them here. Keeps ui, report, io and cli independent, as the layering requires.
 *
 * <p>An implementation is registered as a supplier and made on first use, once: making one loads its library
 * (PDFBox, POI), which a command that never asks for it should not pay for at start-up.
 */
public final class Ports {

    private static final Map<Class<?>, Supplier<?>> PROVIDED = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Object> MADE = new ConcurrentHashMap<>();

    private Ports() {}

    public static <T> void provide(Class<T> port, Supplier<? extends T> implementation) {
        PROVIDED.put(port, implementation);
        MADE.remove(port);
    }

    public static <T> Optional<T> find(Class<T> port) {
        Supplier<?> supplier = PROVIDED.get(port);
        if (supplier == null) return Optional.empty();
        return Optional.of(port.cast(MADE.computeIfAbsent(port, p -> supplier.get())));
    }
}
