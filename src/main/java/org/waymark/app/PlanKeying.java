package org.waymark.app;

import org.waymark.app.infra.PlanKeys;
import org.waymark.store.AuditLog;
import org.waymark.store.ChainAnchor;
import org.waymark.store.ChainKey;
import org.waymark.store.PlanFacts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The optional plan key (docs/RELIABILITY.md): turning a plan's chain into an HMAC chain, and handing the key to
 * another editor. A plan's identity is the hash of its audit row 1, which every copy and backup of it shares.
 */
public final class PlanKeying {

    /** What {@code key PLAN} reports: the row that keyed the plan (null if none), the key's id, and whether it is held here. */
    public record Status(Long keyedFrom, String keyId, boolean keyHere, String identity) {}

    private PlanKeying() {}

    public static Status status(PlanSession s, PlanKeys keys) {
        Optional<AuditLog.Keyed> keyed = s.read(AuditLog::keyed);
        String identity = identity(s);
        if (keyed.isEmpty()) return new Status(null, null, false, identity);
        return new Status(keyed.get().row(), keyed.get().keyId(), keys.find(keyed.get().keyId()).isPresent(), identity);
    }

    /**
     * Makes a key, stores it, then writes the audited "plan keyed" row, signed with it: from that row on, only holders
     * of the key can add rows that verify. The key is stored first, so a keyed plan never lacks its key here; if the
     * write fails, the unused key is removed again. {@code s} must be open for editing (through {@link SafeWrite}).
     */
    public static Status create(PlanSession s, PlanKeys keys) {
        if (s.file() == null) {
            throw new PlanException(PlanException.Kind.INVALID, "Plan keys are not yet for shared plans: a shared plan's database controls who may "
                    + "write through its logins (docs/SHARED.md). Nothing was changed.", null);
        }
        Status now = status(s, keys);
        if (now.keyedFrom() != null) {
            throw new PlanException(PlanException.Kind.INVALID, "This plan is already keyed (from audit row " + now.keyedFrom() + ", key id "
                    + now.keyId() + "). A plan is keyed once. Nothing was changed.", null);
        }
        ChainKey key = ChainKey.generate();
        keys.add(new PlanKeys.Entry(key.id(), now.identity(), s.read(PlanFacts::organisationName), s.clock().instant().toString(),
                java.util.Base64.getEncoder().encodeToString(key.bytes())));
        try {
            s.write("Plan keyed", tx -> {
                tx.audit("plan", null, "keyed", null, key.id(), "Plan keyed: from this row on, only holders of the plan key can add to the audit trail");
                return null;
            });
        } catch (RuntimeException e) {
            keys.remove(key.id());
            throw e;
        }
        return status(s, keys);
    }

    /** Writes this plan's key to a new file, for another editor to import. */
    public static Path export(PlanSession s, PlanKeys keys, Path to) {
        Status st = status(s, keys);
        if (st.keyedFrom() == null) throw new PlanException(PlanException.Kind.INVALID, "This plan is not keyed, so it has no key to export. "
                + "Key it first with `waymark key PLAN --create`.", null);
        PlanKeys.Entry held = keys.all().stream().filter(e -> e.keyId().equals(st.keyId())).findFirst()
                .orElseThrow(() -> new PlanException(PlanException.Kind.NOT_FOUND, "This plan's key (id " + st.keyId() + ") is not on this computer, "
                        + "so it cannot be exported from here. Export it on a computer that holds it.", null));
        PlanKeys.export(held, to);
        return to;
    }

    /**
     * Stores the key from a key holder's export, after checking it is this plan's: the plan's identity, and (once the
     * plan is keyed) the key its "plan keyed" row names. The plan itself is not written.
     */
    public static PlanKeys.Entry importKey(PlanSession s, PlanKeys keys, Path from) {
        Status st = status(s, keys);
        List<PlanKeys.Entry> offered = PlanKeys.readExport(from);
        for (PlanKeys.Entry e : offered) {
            e.chainKey(); // refuses a damaged key before anything is stored
            if (!e.plan().equals(st.identity())) continue;
            if (st.keyId() != null && !st.keyId().equals(e.keyId())) continue;
            keys.add(e);
            return e;
        }
        String whose = offered.isEmpty() ? "no key" : "the key of " + offered.get(0).organisation() + "'s plan (identity "
                + offered.get(0).plan().substring(0, Math.min(12, offered.get(0).plan().length())) + ")";
        throw new PlanException(PlanException.Kind.INVALID, from.getFileName() + " holds " + whose + ", not the key of this plan (identity "
                + st.identity().substring(0, 12) + (st.keyId() == null ? "" : ", key id " + st.keyId()) + "). Nothing was imported.", null);
    }

    static String identity(PlanSession s) {
        return s.read(ChainAnchor::root).map(ChainAnchor.Point::hash)
                .orElseThrow(() -> new PlanException(PlanException.Kind.INVALID, "This plan has no audit log, so it has no identity to key. "
                        + "Run `waymark check` on it.", null));
    }
}
