package org.waymark.io.rounds;

import jakarta.mail.internet.MimeMessage;
import org.waymark.app.rounds.IssuedRound;
import org.waymark.app.rounds.OwnerForm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a round's forms and covering e-mails into a folder, one .xlsx and one .eml per owner. */
public final class RoundFiles {

    private RoundFiles() {}

    /** Returns the messages, in form order, for sending. */
    public static List<MimeMessage> write(IssuedRound issued, Path dir, String from) {
        List<MimeMessage> out = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (OwnerForm f : issued.forms()) {
            String base = "update-" + f.identity().issuedOn() + "-" + slug(f.ownerName());
            if (!used.add(base)) base = base + "-" + f.identity().ownerId();
            Path form = dir.resolve(base + ".xlsx");
            UpdateFormWriter.write(f, form);
            MimeMessage m = CoveringEmail.build(f, form, from);
            CoveringEmail.save(m, dir.resolve(base + ".eml"));
            out.add(m);
        }
        return out;
    }

    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "owner" : s.length() > 60 ? s.substring(0, 60) : s;
    }
}
