package org.waymark.app.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import org.waymark.app.PlanException;
import org.waymark.store.ChainKey;
import org.waymark.store.Json;
import org.waymark.store.KeyRing;
import org.waymark.store.StoreException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan keys this OS account holds, in one JSON file in the per-user data folder that only this account can read
 * (POSIX rw-------, or on Windows an ACL granting the owner alone). Never in the plan. A key is 32 random bytes,
 * named by its id (which a keyed plan's "plan keyed" row records) and tied to the plan whose chain root it keys.
 * An exported key file has the same form, holding the one key.
 */
public final class PlanKeys implements KeyRing {

    /** One key held: its id, the plan's identity (the hash of its audit row 1), its organisation, when it was made, and the key (base64). */
    public record Entry(String keyId, String plan, String organisation, String created, String key) {
        public ChainKey chainKey() {
            try {
                ChainKey k = new ChainKey(Base64.getDecoder().decode(key == null ? "" : key));
                if (!k.id().equals(keyId)) throw new IllegalArgumentException("its id does not match the key");
                return k;
            } catch (IllegalArgumentException | StoreException e) {
                throw new PlanException(PlanException.Kind.INVALID, "The plan key " + keyId + " is damaged (" + e.getMessage()
                        + "). Import it again from a key holder's export.", e);
            }
        }
    }

    private record KeyFile(List<Entry> keys) {}

    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private final Path file;

    public PlanKeys(Path file) { this.file = file; }

    public static PlanKeys forCurrentUser() { return new PlanKeys(AppDirectories.forCurrentUser().keysFile()); }

    public Path file() { return file; }

    /** Read afresh each time (the file is small), so a key another command just stored is found. */
    @Override public Optional<ChainKey> find(String keyId) {
        return all().stream().filter(e -> e.keyId().equals(keyId)).findFirst().map(Entry::chainKey);
    }

    /** The keys held for the plan whose audit row 1 has this hash. */
    public List<Entry> forPlan(String planIdentity) {
        return all().stream().filter(e -> e.plan().equals(planIdentity)).toList();
    }

    public List<Entry> all() { return Files.exists(file) ? read(file, true) : List.of(); }

    /** Adds a key, under a lock on the store, so two commands adding keys at once cannot lose one. */
    public void add(Entry e) {
        update(keys -> {
            keys.removeIf(k -> k.keyId().equals(e.keyId()));
            keys.add(e);
        });
    }

    public void remove(String keyId) { update(keys -> keys.removeIf(k -> k.keyId().equals(keyId))); }

    /** Writes one key to a new file, readable by this account only, for another key holder to import. */
    public static void export(Entry e, Path to) {
        if (Files.exists(to)) throw new PlanException(PlanException.Kind.INVALID, "A file already exists at " + to + ". Choose a new name; Waymark never overwrites a file.", null);
        write(to, List.of(e));
    }

    /** The keys in an exported key file. */
    public static List<Entry> readExport(Path from) {
        if (!Files.isRegularFile(from)) throw new PlanException(PlanException.Kind.NOT_FOUND, "There is no key file at " + from + ". Check the path.", null);
        return read(from, false);
    }

    private void update(java.util.function.Consumer<List<Entry>> change) {
        try {
            Path folder = file.getParent();
            Files.createDirectories(folder);
            ownerOnly(folder, true);
            try (FileChannel ch = FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = ch.lock()) {
                List<Entry> keys = new ArrayList<>(all());
                change.accept(keys);
                write(file, keys);
            }
        } catch (IOException e) {
            throw new PlanException(PlanException.Kind.IO, "Cannot write the plan key store " + file + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    private static List<Entry> read(Path from, boolean store) {
        try {
            if (store && tooOpen(from)) {
                throw new PlanException(PlanException.Kind.IO, "The plan key store " + from + " can be read by other accounts, so Waymark does not use it. "
                        + "Make it private (chmod 600 \"" + from + "\"), and if someone else may have read it, treat its keys as known to them.", null);
            }
            KeyFile k = Json.mapper().readValue(from.toFile(), new TypeReference<KeyFile>() {});
            if (k == null || k.keys() == null || k.keys().stream().anyMatch(e -> e == null || e.keyId() == null || e.plan() == null || e.key() == null)) {
                throw new IOException("it is not a plan key file");
            }
            return List.copyOf(k.keys());
        } catch (IOException e) {
            throw new PlanException(PlanException.Kind.INVALID, "Cannot read the plan keys in " + from + ": " + e.getMessage()
                    + (store ? ". Restore it from a key holder's export (waymark key PLAN --import FILE)." : ". Ask the key holder to export it again."), e);
        }
    }

    /** Written whole to a private temporary file and moved into place, so a crash never leaves half a key store. */
    private static void write(Path to, List<Entry> keys) {
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            if (Files.getFileStore(to.toAbsolutePath().getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(tmp);
            }
            ownerOnly(tmp, false);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(out, new KeyFile(keys));
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* the failure below is the one to report */ }
            throw new PlanException(PlanException.Kind.IO, "Cannot write the plan key file " + to + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
    }

    /** Only this account may read or write it: POSIX permissions, or an ACL naming the owner alone (Windows). */
    static void ownerOnly(Path p, boolean folder) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(folder ? FOLDER : FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(p, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }

    private static boolean tooOpen(Path p) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(p, PosixFileAttributeView.class);
        if (posix == null) return false;
        Set<PosixFilePermission> perms = posix.readAttributes().permissions();
        return perms.stream().anyMatch(x -> x.name().startsWith("GROUP_") || x.name().startsWith("OTHERS_"));
    }
}
