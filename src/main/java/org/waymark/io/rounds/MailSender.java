package org.waymark.io.rounds;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.util.List;
import java.util.Properties;

/**
 * Sends covering e-mails through the trust's SMTP server, always encrypted (STARTTLS required, or SMTPS) and
 * with a login: the password is given at send time and never stored.
 */
public final class MailSender {

    public enum Security { STARTTLS, SSL }

    /** {@code trustHost}, when set, trusts that host's certificate without the Java trust store (for a test server). */
    public record Settings(String host, int port, Security security, String user, String from, String trustHost) {}

    private MailSender() {}

    /** Sends each message over one connection; stops at the first failure and says how many went. */
    public static int send(List<MimeMessage> messages, Settings s, char[] password) {
        String protocol = s.security() == Security.SSL ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", s.host());
        p.put("mail." + protocol + ".port", Integer.toString(s.port()));
        p.put("mail." + protocol + ".auth", "true");
        p.put("mail." + protocol + ".connectiontimeout", "20000");
        p.put("mail." + protocol + ".timeout", "60000");
        if (s.security() == Security.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        p.put("mail." + protocol + ".ssl.checkserveridentity", Boolean.toString(s.trustHost() == null));
        if (s.trustHost() != null) p.put("mail." + protocol + ".ssl.trust", s.trustHost());
        int sent = 0;
        try (Transport t = Session.getInstance(p).getTransport(protocol)) {
            t.connect(s.host(), s.port(), s.user(), new String(password));
            for (MimeMessage m : messages) {
                if (m.getAllRecipients() == null) continue;
                m.setFrom(s.from());
                m.removeHeader("X-Unsent");
                m.saveChanges();
                t.sendMessage(m, m.getAllRecipients());
                sent++;
            }
            return sent;
        } catch (MessagingException e) {
            throw new IllegalStateException("Sending stopped after " + sent + " of " + messages.size() + " e-mails: " + e.getMessage()
                    + ". Check the SMTP server, port and login, or save the e-mails as .eml files and send them from your mail program.", e);
        }
    }
}
