package org.waymark.app.rounds;

import org.waymark.domain.Action;
import org.waymark.domain.Plan;
import org.waymark.domain.ProgressUpdate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;

/** The hashes an update form carries: an action's version, each locked cell, and the hidden sheet as a whole. */
public final class Stamps {

    private Stamps() {}

    /**
     * The action's state as the owner saw it: any change to what the form shows, or to its history (an update,
     * a revision, evidence) changes the stamp, so a return made against the old state becomes a conflict.
     */
    public static String action(Plan plan, Action a) {
        List<ProgressUpdate> updates = plan.updatesOf(a.id());
        StringJoiner j = new StringJoiner("\u001f");
        j.add(Long.toString(a.id())).add(a.ref()).add(a.title()).add(a.status().name()).add(Integer.toString(a.progress()))
                .add(String.valueOf(a.currentDue())).add(String.valueOf(a.operationalLeadId())).add(String.valueOf(a.executiveLeadId()))
                .add(a.override() == null ? "" : a.override().brag().name())
                .add(Integer.toString(updates.size())).add(updates.isEmpty() ? "" : Long.toString(FormContents.latest(updates).id()))
                .add(Integer.toString(plan.revisionsOf(a.id()).size())).add(Integer.toString(plan.evidenceOf(a.id()).size()));
        return sha256(j.toString()).substring(0, 16);
    }

    /** Space-separated 8-hex hashes of the cells' canonical text (line ends and outer spaces do not count). */
    public static String cellHashes(List<String> values) {
        StringJoiner j = new StringJoiner(" ");
        for (String v : values) j.add(sha256(canonical(v)).substring(0, 8));
        return j.toString();
    }

    public static String digest(FormIdentity id, List<IssuedRow> rows) {
        StringBuilder b = new StringBuilder();
        b.append(id.planIdentity()).append('|').append(id.roundId()).append('|').append(id.token()).append('|')
                .append(id.ownerId()).append('|').append(id.issuedOn()).append('\n');
        for (IssuedRow r : rows) {
            b.append(r.actionId()).append('|').append(r.ref()).append('|').append(r.stamp()).append('|').append(r.status()).append('|')
                    .append(r.progress()).append('|').append(r.lockedHashes()).append('\n');
        }
        return sha256(b.toString());
    }

    static String canonical(String v) {
        return v == null ? "" : v.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
