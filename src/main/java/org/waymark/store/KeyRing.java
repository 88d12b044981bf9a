package org.waymark.store;

import java.util.Optional;

/**
 * Where the plan keys this computer holds are found, by the id a keyed plan names. The keys live outside the plan
 * (the app's per-user key store); the store only asks.
 */
@FunctionalInterface
public interface KeyRing {

    /** Holds no keys: a keyed plan can then be read and checked for continuity, never extended. */
    KeyRing NONE = id -> Optional.empty();

    Optional<ChainKey> find(String keyId);
}
