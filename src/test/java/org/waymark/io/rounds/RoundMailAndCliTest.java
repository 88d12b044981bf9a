package org.waymark.io.rounds;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.waymark.app.PeopleService;
import org.waymark.app.PlanSession;
import org.waymark.app.TestPlans;
import org.waymark.app.rounds.IssuedRound;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.RoundService;
import org.waymark.cli.CliRunner;
import org.waymark.domain.Person;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.*;

/** The covering e-mail parsed back with Jakarta Mail, delivered to a real SMTP server, and the two commands end to end. */
class RoundMailAndCliTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(setups())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("lead@trust.example.nhs.uk", "lead", "s3cret"));

    /** Free ports (other builds may be running), and patience when the machine is busy. */
    private static ServerSetup[] setups() {
        ServerSetup[] s = ServerSetup.dynamicPort(new ServerSetup[]{ServerSetupTest.SMTP, ServerSetupTest.SMTPS});
        for (ServerSetup x : s) x.setServerStartupTimeout(30_000);
        return s;
    }

    static Path demo;
    @TempDir static Path shared;
    @TempDir Path dir;

    @BeforeAll
    static void demoPlan() { demo = TestPlans.demoFile(shared); }

    PlanSession openWithAddresses() throws Exception {
        Path copy = dir.resolve("plan.waymark");
        Files.copy(demo, copy);
        PlanSession s = PlanSession.open(copy, false, "lead", TestPlans.CLOCK);
        for (Person p : new RoundService(s).defaultOwners()) {
            new PeopleService(s).editPerson(p, new Person(p.id(), p.name(), p.jobTitle(), p.directorate(), RoundFiles.slug(p.name()) + "@trust.example.nhs.uk"));
        }
        return s;
    }

    @Test
    void theSavedEmlParsesBackWithRecipientSubjectBothBodiesAndTheForm() throws Exception {
        try (PlanSession s = openWithAddresses()) {
            Path out = dir.resolve("out");
            IssuedRound round = new RoundService(s).start(null, List.of(), issued -> RoundFiles.write(issued, out, ""));
            OwnerForm f = round.forms().get(0);
            Path eml = out.resolve("update-" + f.identity().issuedOn() + "-" + RoundFiles.slug(f.ownerName()) + ".eml");
            MimeMessage m;
            try (InputStream in = Files.newInputStream(eml)) {
                m = new MimeMessage(Session.getInstance(new Properties()), in);
            }
            assertEquals(new InternetAddress(f.address()).getAddress(), ((InternetAddress) m.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
            assertEquals(CoveringEmail.subject(f), m.getSubject());
            assertEquals("1", m.getHeader("X-Unsent")[0], "Outlook opens it as a draft ready to send");
            List<Part> parts = new ArrayList<>();
            flatten(m, parts);
            String plain = (String) parts.stream().filter(p -> is(p, "text/plain")).findFirst().orElseThrow().getContent();
            String html = (String) parts.stream().filter(p -> is(p, "text/html")).findFirst().orElseThrow().getContent();
            assertTrue(plain.contains("Overdue (" + f.overdue().size() + ")"), plain);
            assertTrue(plain.contains("Due in the next 30 days (" + f.dueSoon().size() + ")"), plain);
            assertTrue(plain.contains("Complete, awaiting evidence (" + f.awaitingEvidence().size() + ")"), plain);
            assertTrue(html.contains("<h3>Overdue (" + f.overdue().size() + ")</h3>"), html);
            Part attachment = parts.stream().filter(p -> f(p) != null).findFirst().orElseThrow();
            Path copy = dir.resolve("attached.xlsx");
            try (InputStream in = attachment.getInputStream()) {
                Files.copy(in, copy);
            }
            assertEquals(f.identity(), UpdateFormReader.read(copy).identity(), "the attachment is the owner's own form");
        }
    }

    @Test
    void sendingOverSslWithALoginDeliversTheFormAndStartTlsIsNeverSkipped() throws Exception {
        try (PlanSession s = openWithAddresses()) {
            Path out = dir.resolve("out");
            List<MimeMessage> mails = new ArrayList<>();
            new RoundService(s).start(null, List.of(), issued -> mails.addAll(RoundFiles.write(issued, out, "lead@trust.example.nhs.uk")));
            int sent = MailSender.send(mails.subList(0, 2), new MailSender.Settings("127.0.0.1", MAIL.getSmtps().getPort(), MailSender.Security.SSL,
                    "lead", "lead@trust.example.nhs.uk", "*"), "s3cret".toCharArray());
            assertEquals(2, sent);
            MimeMessage got = MAIL.getReceivedMessages()[0];
            List<Part> parts = new ArrayList<>();
            flatten(got, parts);
            assertTrue(parts.stream().anyMatch(p -> f(p) != null && f(p).endsWith(".xlsx")), "the form arrives attached");
            assertNull(got.getHeader("X-Unsent"), "a sent message is not a draft");

            IllegalStateException plainServer = assertThrows(IllegalStateException.class, () -> MailSender.send(mails.subList(0, 1),
                    new MailSender.Settings("127.0.0.1", MAIL.getSmtp().getPort(), MailSender.Security.STARTTLS, "lead", "lead@trust.example.nhs.uk", null),
                    "s3cret".toCharArray()));
            assertTrue(plainServer.getMessage().contains("Sending stopped after 0"), plainServer.getMessage());
            assertEquals(2, MAIL.getReceivedMessages().length, "no password or message goes over a connection without TLS");
        }
    }

    @Test
    void readUpdatesDryRunLeavesThePlanByteIdenticalAndApplyLandsTheRows() throws Exception {
        Path plan = dir.resolve("plan.waymark");
        Files.copy(demo, plan);
        System.setProperty("waymark.today", "2026-11-25");
        try {
            Path out = dir.resolve("out");
            CliRunner.Result started = CliRunner.run("request-updates", plan.toString(), "-o", out.toString(), "--return-by", "09/12/2026");
            assertEquals(0, started.exit(), started.out() + started.err());
            Path form = Files.list(out).filter(p -> p.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
            FormFiller.fill(form, f -> f.set(0, 9, "Filled for the command line"));
            String before = sha(plan);

            CliRunner.Result dry = CliRunner.run("read-updates", plan.toString(), form.toString(), "--dry-run", "--report", dir.resolve("r.csv").toString());
            assertEquals(0, dry.exit(), dry.out() + dry.err());
            assertTrue(dry.out().contains("1 accepted, 0 in conflict, 0 rejected."), dry.out());
            assertEquals(before, sha(plan), "a dry run leaves the plan byte-identical");
            assertTrue(Files.readString(dir.resolve("r.csv")).contains("Accepted"));

            CliRunner.Result applied = CliRunner.run("read-updates", plan.toString(), form.toString(), "--apply");
            assertEquals(0, applied.exit(), applied.out() + applied.err());
            assertNotEquals(before, sha(plan));
            CliRunner.Result again = CliRunner.run("read-updates", plan.toString(), form.toString(), "--apply");
            assertEquals(1, again.exit(), "the same form twice is refused: " + again.out());
            assertEquals(2, CliRunner.run("read-updates", plan.toString(), dir.resolve("missing.xlsx").toString()).exit());
        } finally {
            System.clearProperty("waymark.today");
        }
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }

    private static void flatten(Part p, List<Part> out) throws Exception {
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) flatten(mp.getBodyPart(i), out);
        } else {
            out.add(p);
        }
    }

    private static boolean is(Part p, String type) {
        try { return p.isMimeType(type) && p.getFileName() == null; } catch (Exception e) { return false; }
    }

    private static String f(Part p) {
        try { return p.getFileName(); } catch (Exception e) { return null; }
    }
}
