package org.waymark.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the HTML pack back: its sections, and each table's caption and cell texts, as a reader would see them. */
final class HtmlPages {

    record Table(String caption, List<List<String>> rows) {}

    private static final Pattern SECTION = Pattern.compile("<section id=\"([a-z]+)\"(.*?)</section>", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("<table[^>]*>\\s*<caption>(.*?)</caption>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);

    private HtmlPages() {}

    /** Section id to its markup. */
    static Map<String, String> sections(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(html);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    /** The tables in some markup, body rows only (the header row is left out). */
    static List<Table> tables(String markup) {
        List<Table> out = new ArrayList<>();
        Matcher t = TABLE.matcher(markup);
        while (t.find()) {
            String body = t.group(2);
            int tbody = body.indexOf("<tbody>");
            List<List<String>> rows = new ArrayList<>();
            Matcher r = ROW.matcher(tbody < 0 ? body : body.substring(tbody));
            while (r.find()) {
                List<String> cells = new ArrayList<>();
                Matcher c = CELL.matcher(r.group(1));
                while (c.find()) cells.add(text(c.group(1)));
                rows.add(cells);
            }
            out.add(new Table(text(t.group(1)), rows));
        }
        return out;
    }

    /** Markup to the text it shows: tags dropped, line breaks as spaces, entities decoded. */
    static String text(String markup) {
        return markup.replace("<br>", " ").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
