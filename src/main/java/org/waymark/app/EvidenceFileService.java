package org.waymark.app;

import org.waymark.domain.EvidenceFile;
import org.waymark.domain.EvidenceItem;
import org.waymark.store.EvidenceFileStore;
import org.waymark.store.PlanStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Evidence that is a file. Attaching copies it into the plan (so the plan carries it, backs up and restores with
 * it); linking records where it is and its SHA-256, so a later change or loss is noticed. Each is one audited
 * write: the evidence item and its file's name, size and hash.
 */
public final class EvidenceFileService {

    public static final int DEFAULT_LIMIT_MB = 25;
    public static final int MAX_LIMIT_MB = 500;

    /** How a file stands now against what was recorded when it was added. */
    public enum State {
        IN_PLAN("Stored in the plan"), UNCHANGED("Linked; unchanged since it was added"),
        CHANGED("Linked file has CHANGED since it was added"), MISSING("Linked file is MISSING");

        private final String label;

        State(String label) { this.label = label; }

        public String label() { return label; }
    }

    private final PlanSession session;

    public EvidenceFileService(PlanSession session) { this.session = session; }

    public int limitMb() {
        Integer mb = session.read(EvidenceFileStore::limitMb);
        return mb == null ? DEFAULT_LIMIT_MB : mb;
    }

    public void saveLimitMb(int mb) {
        if (mb < 1 || mb > MAX_LIMIT_MB) throw new Refused("evidenceLimitMb", "The size limit per evidence file is from 1 to " + MAX_LIMIT_MB + " MB.");
        Integer before = session.read(EvidenceFileStore::limitMb);
        if (before != null && before == mb) return;
        session.write("Evidence file size limit", tx -> { EvidenceFileStore.saveLimitMb(tx, before, mb, "Evidence file size limit"); return null; });
    }

    /** Copies the file into the plan as a new evidence item, returned with its id. Refused, with nothing written, if it is too big or unreadable. */
    public EvidenceItem attach(long actionId, Path file, String kind, String description) {
        long limit = limitMb() * 1024L * 1024L;
        long size = readableSize(file);
        if (size > limit) {
            throw new Refused("reference", file.getFileName() + " is " + EvidenceFile.size(size) + "; this plan takes files up to " + limitMb()
                    + " MB (Plan settings). Link it instead, so its hash is recorded, or raise the limit. Nothing was changed.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refused("reference", "Could not read " + file + ": " + e.getMessage() + ". Nothing was changed.");
        }
        if (bytes.length > limit) throw new Refused("reference", file.getFileName() + " grew past the size limit while it was read. Nothing was changed.");
        String name = file.getFileName().toString();
        return session.write("Evidence file attached", tx -> {
            PlanStore.action(tx, actionId);
            EvidenceItem item = item(actionId, kind, name, description);
            long id = PlanStore.insertEvidence(tx, item, "Evidence file attached");
            EvidenceFileStore.attach(tx, id, name, bytes, "Evidence file attached");
            return item.withId(id);
        });
    }

    /** Records a file where it lies, with its hash now, as a new evidence item. */
    public EvidenceItem link(long actionId, Path file, String kind, String description) {
        Path absolute = file.toAbsolutePath().normalize();
        long size = readableSize(absolute);
        String sha = hash(absolute).orElseThrow(() -> new Refused("reference", "Could not read " + absolute + ". Nothing was changed."));
        return session.write("Evidence file linked", tx -> {
            PlanStore.action(tx, actionId);
            EvidenceItem item = item(actionId, kind, absolute.toString(), description);
            long id = PlanStore.insertEvidence(tx, item, "Evidence file linked");
            EvidenceFileStore.link(tx, new EvidenceFile(id, absolute.getFileName().toString(), size, sha, absolute.toString()), "Evidence file linked");
            return item.withId(id);
        });
    }

    /** Takes an evidence item and its file record back (undo of attach or link). */
    public void remove(EvidenceItem item, String why) {
        Optional<EvidenceFile> f = file(item.id());
        session.write(why, tx -> {
            f.ifPresent(x -> EvidenceFileStore.delete(tx, x, why));
            PlanStore.deleteEvidence(tx, item, why);
            return null;
        });
    }

    public Optional<EvidenceFile> file(long evidenceId) { return session.read(c -> EvidenceFileStore.of(c, evidenceId)); }

    /** Every evidence file by evidence id: what the board pack lists by name and hash. */
    public Map<Long, EvidenceFile> files() {
        return session.read(EvidenceFileStore::all).stream().collect(Collectors.toMap(EvidenceFile::evidenceId, Function.identity()));
    }

    /** Re-hashes a linked file to compare it with what was recorded. Reads the disk: call it off the FX thread. */
    public State state(EvidenceFile f) {
        if (f.inPlan()) return State.IN_PLAN;
        Path p = Path.of(f.linkedPath());
        if (!Files.isRegularFile(p)) return State.MISSING;
        return hash(p).map(h -> h.equals(f.sha256()) ? State.UNCHANGED : State.CHANGED).orElse(State.MISSING);
    }

    /**
     * A copy to open with the system viewer: a stored file written to a fresh temporary folder (checked against its
     * hash first), or a linked file where it lies. Deleted when the app exits.
     */
    public Path openableCopy(long evidenceId) {
        EvidenceFile f = file(evidenceId).orElseThrow(() -> new Refused("evidence", "That evidence item has no file to open."));
        if (!f.inPlan()) {
            if (state(f) == State.MISSING) throw new Refused("evidence", "The linked file " + f.linkedPath() + " cannot be found. Reconnect the drive, or link the file again.");
            return Path.of(f.linkedPath());
        }
        byte[] bytes = session.read(c -> EvidenceFileStore.content(c, f.sha256()))
                .orElseThrow(() -> new Refused("evidence", "The plan has lost this file's content. Run `waymark check` on the plan and restore a backup."));
        if (!f.sha256().equals(EvidenceFileStore.sha256(bytes))) {
            throw new Refused("evidence", "The stored copy of " + f.name() + " does not match its recorded hash, so it was not opened. Restore a backup.");
        }
        try {
            Path dir = Files.createTempDirectory("waymark-evidence-");
            Path copy = dir.resolve(safeName(f.name()));
            Files.write(copy, bytes);
            copy.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return copy;
        } catch (IOException e) {
            throw new Refused("evidence", "Could not write a temporary copy to open: " + e.getMessage());
        }
    }

    /** Stored files whose bytes were altered or lost (a real problem), and linked files that changed or went (to look at). */
    public List<String> damaged() { return session.read(EvidenceFileStore::damaged); }

    public List<String> linkedChanges() {
        return session.read(EvidenceFileStore::all).stream().filter(f -> !f.inPlan())
                .map(f -> Map.entry(f, state(f))).filter(e -> e.getValue() == State.CHANGED || e.getValue() == State.MISSING)
                .map(e -> "Evidence item " + e.getKey().evidenceId() + ": " + e.getValue().label() + " (" + e.getKey().linkedPath() + ")").toList();
    }

    private EvidenceItem item(long actionId, String kind, String reference, String description) {
        return new EvidenceItem(0, actionId, kind == null || kind.isBlank() ? "Document" : kind.strip(), reference,
                description == null ? "" : description.strip(), session.today(), null, null, null);
    }

    private static long readableSize(Path file) {
        if (file == null || !Files.isRegularFile(file)) throw new Refused("reference", "Choose a file: " + file + " is not one. Nothing was changed.");
        if (!Files.isReadable(file)) throw new Refused("reference", "This account cannot read " + file + ". Nothing was changed.");
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new Refused("reference", "Could not read " + file + ": " + e.getMessage() + ". Nothing was changed.");
        }
    }

    static Optional<String> hash(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return Optional.of(HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The file name alone, without anything that could climb out of the temporary folder. */
    static String safeName(String name) {
        String clean = name.replaceAll("[\\x00-\\x1f<>:\"|?*]", "_").replace('\\', '/');
        String n = clean.substring(clean.lastIndexOf('/') + 1);
        return n.isBlank() || n.equals(".") || n.equals("..") ? "evidence" : n;
    }
}
