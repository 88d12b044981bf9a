package org.waymark.report;

import org.waymark.app.PackContent;
import org.waymark.app.PackSection;
import org.waymark.report.layout.PdfStandards;
import org.waymark.report.layout.PdfStandards.Property;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a board pack records in its XMP metadata about where its figures came from: the audit chain head, whether
 * the plan passed its checks, the day the figures are as at, the meeting and sections, and the figures themselves
 * (see {@link PackFingerprint}). Packs made before figures were recorded have only the head: {@code fingerprint} is
 * then empty.
 */
record PackAnchor(long row, String hash, String at, boolean healthy, Optional<Made> made) {

    /** How to make the pack again, and what it showed. */
    record Made(LocalDate asAt, long meetingId, Set<PackSection> sections, PackFingerprint fingerprint) {}

    static PackAnchor of(PackContent c) {
        return new PackAnchor(c.chain().row(), c.chain().hash(), c.chain().at(), c.chain().healthy(),
                Optional.of(new Made(c.today(), c.meeting().id(), c.sections(), PackFingerprint.of(c))));
    }

    String[] xmp() {
        List<Property> p = new ArrayList<>(List.of(
                new Property("chainRow", "Integer", "Row number of the audit chain head", row),
                new Property("chainHash", "Text", "SHA-256 hash of the audit chain head", hash),
                new Property("chainTime", "Text", "Time of the audit chain head (UTC)", at),
                new Property("planHealthy", "Boolean", "Whether the plan passed its integrity checks", healthy ? "True" : "False")));
        made.ifPresent(m -> {
            p.add(new Property("asAt", "Text", "The day the figures are as at (ISO 8601)", m.asAt()));
            p.add(new Property("meeting", "Integer", "The board meeting's id in the plan (0: as at the day, no meeting)", m.meetingId()));
            p.add(new Property("sections", "Seq Text", "The sections in the pack", m.sections().stream().map(PackSection::key).toList()));
            p.add(new Property("sectionDigests", "Seq Text", "Each section's id and the SHA-256 of its text (first 32 digits)",
                    m.fingerprint().sections().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            p.add(new Property("figures", "Seq Text", "The headline figures, caption and value", m.fingerprint().figures()));
        });
        return PdfStandards.waymarkXmp(p);
    }

    /**
     * The same record for the HTML pack, as the JSON of a {@code <script type="application/json">} data block (never
     * run by a browser). Every "<" is written as its JSON escape, so no text from the plan can close the block.
     */
    String json() {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("chainRow", row);
        j.put("chainHash", hash);
        j.put("chainTime", at);
        j.put("planHealthy", healthy);
        made.ifPresent(m -> {
            j.put("asAt", m.asAt().toString());
            j.put("meeting", m.meetingId());
            j.put("sections", m.sections().stream().map(PackSection::key).toList());
            j.put("sectionDigests", m.fingerprint().sections().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            j.put("figures", m.fingerprint().figures());
        });
        try {
            return org.waymark.app.Json.mapper().writeValueAsString(j).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The pack's record cannot be written", e);
        }
    }

    /** Reads the HTML pack's record back; empty when there is none or it cannot be read. */
    static Optional<PackAnchor> readJson(String json) {
        try {
            com.fasterxml.jackson.databind.JsonNode n = org.waymark.app.Json.mapper().readTree(json);
            if (n == null || !n.path("chainRow").canConvertToLong() || !n.path("chainHash").isTextual()) return Optional.empty();
            Optional<Made> made = Optional.empty();
            if (n.path("asAt").isTextual() && n.path("meeting").canConvertToLong()) {
                Set<PackSection> sections = EnumSet.noneOf(PackSection.class);
                n.path("sections").forEach(k -> sections.addAll(PackSection.parseList(k.asText())));
                Map<String, String> digests = new LinkedHashMap<>();
                for (com.fasterxml.jackson.databind.JsonNode d : n.path("sectionDigests")) {
                    int eq = d.asText().indexOf('=');
                    if (eq > 0) digests.put(d.asText().substring(0, eq), d.asText().substring(eq + 1));
                }
                List<String> figures = new ArrayList<>();
                n.path("figures").forEach(f -> figures.add(f.asText()));
                made = Optional.of(new Made(LocalDate.parse(n.path("asAt").asText()), n.path("meeting").asLong(), sections, new PackFingerprint(digests, figures)));
            }
            return Optional.of(new PackAnchor(n.path("chainRow").asLong(), n.path("chainHash").asText(), n.path("chainTime").asText("?"),
                    n.path("planHealthy").asBoolean(true), made));
        } catch (java.io.IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** Reads the anchor back; empty when the pack records no chain head (not made by Waymark, or by an early one). */
    static Optional<PackAnchor> read(String xmp) {
        Optional<String> row = text(xmp, "chainRow"), hash = text(xmp, "chainHash");
        if (row.isEmpty() || hash.isEmpty() || !xmp.contains(PdfStandards.WAYMARK_NS) || !row.get().matches("\\d{1,18}")) return Optional.empty();
        Optional<Made> made = Optional.empty();
        Optional<String> asAt = text(xmp, "asAt"), meeting = text(xmp, "meeting");
        if (asAt.isPresent() && meeting.isPresent()) {
            try {
                Set<PackSection> sections = EnumSet.noneOf(PackSection.class);
                for (String k : list(xmp, "sections")) sections.addAll(PackSection.parseList(k));
                Map<String, String> digests = new LinkedHashMap<>();
                for (String d : list(xmp, "sectionDigests")) {
                    int eq = d.indexOf('=');
                    if (eq > 0) digests.put(d.substring(0, eq), d.substring(eq + 1));
                }
                made = Optional.of(new Made(LocalDate.parse(asAt.get()), Long.parseLong(meeting.get()), sections,
                        new PackFingerprint(digests, list(xmp, "figures"))));
            } catch (RuntimeException unreadable) {
                // figures that cannot be read back are treated as absent: verify says so and checks the head alone
            }
        }
        return Optional.of(new PackAnchor(Long.parseLong(row.get()), hash.get(), text(xmp, "chainTime").orElse("?"),
                !text(xmp, "planHealthy").orElse("True").equals("False"), made));
    }

    private static Optional<String> text(String xmp, String name) {
        Matcher m = Pattern.compile("<waymark:" + name + ">([^<]*)</waymark:" + name + ">").matcher(xmp);
        return m.find() ? Optional.of(unxml(m.group(1).strip())) : Optional.empty();
    }

    private static List<String> list(String xmp, String name) {
        Matcher m = Pattern.compile("<waymark:" + name + ">\\s*<rdf:Seq>(.*?)</rdf:Seq>\\s*</waymark:" + name + ">", Pattern.DOTALL).matcher(xmp);
        List<String> out = new ArrayList<>();
        if (!m.find()) return out;
        Matcher li = Pattern.compile("<rdf:li>([^<]*)</rdf:li>").matcher(m.group(1));
        while (li.find()) out.add(unxml(li.group(1)));
        return out;
    }

    private static String unxml(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
