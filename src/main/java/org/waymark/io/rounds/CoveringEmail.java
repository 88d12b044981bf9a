package org.waymark.io.rounds;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.waymark.app.rounds.OwnerForm;
import org.waymark.app.rounds.RoundDates;
import org.waymark.io.AtomicFile;

import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;

/**
 * The covering e-mail for one owner's form: plain-text and HTML bodies listing what is overdue, due in the next
 * 30 days and Complete but awaiting evidence, with the form attached. Saved as .eml (marked unsent, so Outlook
 * opens it ready to send) or handed to {@link MailSender}.
 */
public final class CoveringEmail {

    private static final String FORM_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private CoveringEmail() {}

    /** {@code from} may be empty for a saved draft: the mail program fills it in. */
    public static MimeMessage build(OwnerForm form, Path formFile, String from) {
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            if (from != null && !from.isBlank()) m.setFrom(new InternetAddress(from, true));
            if (!form.address().isBlank()) m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(form.address(), form.ownerName(), "UTF-8"));
            m.setSubject(subject(form), "UTF-8");
            m.setSentDate(new Date());
            m.setHeader("X-Unsent", "1");
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(EmailBodies.plain(form), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(EmailBodies.html(form), "UTF-8", "html");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(html);
            MimeBodyPart bodies = new MimeBodyPart();
            bodies.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new FileDataSource(formFile.toFile()) {
                @Override public String getContentType() { return FORM_TYPE; }
            }));
            attachment.setFileName(formFile.getFileName().toString());
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(bodies);
            mixed.addBodyPart(attachment);
            m.setContent(mixed);
            m.saveChanges();
            return m;
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new IllegalArgumentException("Cannot build the e-mail to " + form.ownerName() + ": " + e.getMessage(), e);
        }
    }

    public static String subject(OwnerForm form) {
        return "Action update for " + form.ownerName() + ": please return by " + RoundDates.uk(form.returnBy());
    }

    /** Writes the message as an .eml file. */
    public static void save(MimeMessage message, Path target) {
        AtomicFile.write(target, out -> {
            try {
                message.writeTo(out);
            } catch (MessagingException e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
        });
    }

}
