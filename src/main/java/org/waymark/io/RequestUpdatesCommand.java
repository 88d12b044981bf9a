package org.waymark.io;

import jakarta.mail.internet.MimeMessage;
import org.waymark.app.PlanException;
import org.waymark.app.PlanSession;
import org.waymark.app.SafeWrite;
import org.waymark.app.Refused;
import org.waymark.app.rounds.IssuedRound;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.RoundDates;
import org.waymark.app.rounds.RoundService;
import org.waymark.app.rounds.RoundSummary;
import org.waymark.io.rounds.CoveringEmail;
import org.waymark.io.rounds.MailSender;
import org.waymark.io.rounds.RoundFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Starts an update round (or chases the current one): one form and one covering e-mail per owner. */
@Command(name = "request-updates", sortOptions = false, description = {
        "Start an update round: write an update form (.xlsx) and a covering e-mail (.eml, ready to send) for each owner of open actions.",
        "With --send, also send the e-mails through your SMTP server (STARTTLS or SSL, with a login). The password is read from",
        "the WAYMARK_SMTP_PASSWORD environment variable or asked for; it is never stored.",
        "Exit status: 0 forms written (and sent), 1 no one to send to, or with --send some owners have no e-mail address, 2 cannot open the plan, write or send."})
public final class RequestUpdatesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file.")
    Path plan;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the forms and e-mails.")
    Path dir;

    @Option(names = "--owners", split = ",", paramLabel = "NAME", description = "Only these owners (names as in the plan, comma-separated). Default: everyone with open actions.")
    List<String> owners = new ArrayList<>();

    @Option(names = "--return-by", paramLabel = "DATE", description = "Return-by date, dd/mm/yyyy. Default: two weeks from today.")
    String returnBy;

    @Option(names = "--chase", description = "Re-issue the current round's forms to the owners who have not returned theirs.")
    boolean chase;

    @Option(names = "--send", description = "Send the e-mails now (needs --smtp-host, --smtp-user and --from).")
    boolean send;

    @Option(names = "--smtp-host", paramLabel = "HOST") String smtpHost;
    @Option(names = "--smtp-port", paramLabel = "PORT", description = "Default 587 (STARTTLS) or 465 (--smtp-ssl).") Integer smtpPort;
    @Option(names = "--smtp-ssl", description = "Connect with SSL (SMTPS) instead of STARTTLS.") boolean smtpSsl;
    @Option(names = "--smtp-user", paramLabel = "USER") String smtpUser;
    @Option(names = "--from", paramLabel = "ADDRESS", description = "The sender's e-mail address.") String from;

    @Option(names = "--accept-broken", description = "Write even though the plan's audit trail is broken or does not prove its data (recorded in the audit trail).")
    boolean acceptBroken;

    @Override public Integer call() {
        LocalDate due = null;
        if (returnBy != null) {
            due = RoundDates.parse(returnBy).orElse(null);
            if (due == null) return cannot("--return-by takes a date as dd/mm/yyyy, not \"" + returnBy + "\".");
        }
        char[] password = null;
        if (send) {
            if (smtpHost == null || smtpUser == null || from == null) return cannot("--send needs --smtp-host, --smtp-user and --from.");
            password = password();
            if (password == null) return cannot("No SMTP password: set WAYMARK_SMTP_PASSWORD or run in a terminal to be asked for it.");
        }
        try (PlanSession session = SafeWrite.open(plan, CommandSupport.user(), CommandSupport.clock(), acceptBroken, "request-updates")) {
            RoundService rounds = new RoundService(session);
            List<MimeMessage> mails = new ArrayList<>();
            RoundService.FormSink sink = issued -> mails.addAll(RoundFiles.write(issued, dir, send ? from : ""));
            IssuedRound issued;
            if (chase) {
                RoundSummary current = rounds.current().orElseThrow(() -> new Refused("round", "There is no round to chase yet; start one first."));
                issued = rounds.chase(current.round().id(), sink);
            } else {
                issued = rounds.start(due, owners, sink);
            }
            List<String> noAddress = issued.forms().stream().filter(f -> f.address().isBlank()).map(OwnerForm::ownerName).toList();
            System.out.println((chase ? "Chased" : "Started") + " round " + rounds.current().map(RoundSummary::number).orElse(0) + ": "
                    + issued.forms().size() + " form(s) and e-mail(s) written to " + dir + ", return by " + RoundDates.uk(issued.round().returnBy()) + ".");
            if (!noAddress.isEmpty()) System.out.println("No e-mail address in the plan for: " + String.join(", ", noAddress) + ". Address their .eml files by hand.");
            if (send) {
                int sent = MailSender.send(mails, new MailSender.Settings(smtpHost, smtpPort != null ? smtpPort : smtpSsl ? 465 : 587,
                        smtpSsl ? MailSender.Security.SSL : MailSender.Security.STARTTLS, smtpUser, from, null), password);
                System.out.println("Sent " + sent + " e-mail(s) through " + smtpHost + ".");
            }
            return send && !noAddress.isEmpty() ? 1 : 0;
        } catch (Refused e) {
            System.out.println(e.getMessage());
            return 1;
        } catch (PlanException | UnreadableFile | IllegalStateException | IllegalArgumentException e) {
            return cannot(e.getMessage());
        } finally {
            if (password != null) java.util.Arrays.fill(password, '\0');
        }
    }

    private static char[] password() {
        String env = System.getenv("WAYMARK_SMTP_PASSWORD");
        if (env != null && !env.isEmpty()) return env.toCharArray();
        return System.console() == null ? null : System.console().readPassword("SMTP password: ");
    }

    private static int cannot(String message) {
        System.err.println(message);
        return 2;
    }
}
