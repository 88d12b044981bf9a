package org.waymark.report;

import org.waymark.app.ChainHead;
import org.waymark.app.PackContent;
import org.waymark.report.model.Block;
import org.waymark.report.model.Cell;
import org.waymark.report.model.Column;
import org.waymark.report.model.PackModel;
import org.waymark.report.model.Section;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a pack shows, reduced so that it can be worked out again and compared: a digest of each section's text (every
 * paragraph, figure and table cell, charts by their data tables) and the headline figures word for word, each as
 * "section / caption: value". The chain
 * head and the plan's health are left out: they say where the figures came from, and `verify` checks them apart.
 */
record PackFingerprint(Map<String, String> sections, List<String> figures) {

    /** The same for the same plan state, day, meeting and sections, whoever makes it and whenever. */
    static PackFingerprint of(PackContent c) {
        PackContent neutral = new PackContent(c.plan(), c.today(), c.meeting(), c.cover(), c.readiness(), c.baseline(), c.movement(),
                c.sections(), new ChainHead(0, "", "", true, null), c.evidenceFiles(), c.questions(),
                c.regime(), c.regimeSteps(), c.framework(), c.coverage());
        PackModel model = PackModels.of(neutral);
        Map<String, String> digests = new LinkedHashMap<>();
        List<String> figures = new ArrayList<>();
        for (Section s : model.sections()) {
            StringBuilder text = new StringBuilder(s.title()).append('\n');
            for (Block b : s.blocks()) append(text, b, s.id(), figures);
            digests.put(s.id(), sha256(text.toString()).substring(0, 32));
        }
        return new PackFingerprint(digests, figures);
    }

    private static void append(StringBuilder t, Block b, String section, List<String> figures) {
        if (b instanceof Block.Paragraph p) t.append(p.text()).append('\n');
        else if (b instanceof Block.Heading h) t.append(h.text()).append('\n');
        else if (b instanceof Block.Figures f) {
            for (Block.Figure x : f.figures()) {
                figures.add(section + " / " + x.caption() + ": " + x.value());
                t.append(x.value()).append(' ').append(x.caption()).append('\n');
            }
        } else if (b instanceof Block.Table table) table(t, table);
        else if (b instanceof Block.BragChart c) table(t.append(c.title()).append('\n'), c.data());
        else if (b instanceof Block.LineChart c) table(t.append(c.title()).append(" (").append(c.unit()).append(")\n"), c.data());
        else if (b instanceof Block.XmrChart c) table(t.append(c.title()).append('\n'), c.data());
        else if (b instanceof Block.Timeline tl) table(t.append(tl.title()).append('\n'), tl.table());
        else throw new IllegalStateException("A block the fingerprint does not read: " + b.getClass().getSimpleName());
    }

    private static void table(StringBuilder t, Block.Table table) {
        t.append(table.caption()).append('\n');
        for (Column c : table.columns()) t.append(c.header()).append('\t');
        t.append('\n');
        for (List<Cell> row : table.rows()) {
            for (Cell cell : row) t.append(cell.text()).append(cell.brag() == null ? "" : " " + cell.brag().name()).append('\t');
            t.append('\n');
        }
        t.append(table.empty()).append('\n');
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
