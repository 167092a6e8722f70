package org.sanctuaryoversight.app.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An SMTP server in the test JVM (GreenMail) on a free port, started once and shared by the test classes that send
 * mail, with what it received as plain records (the body decoded, as a person reads it).
 */
public final class InProcessSmtp {

    private static final GreenMail SERVER = start();

    /** One message as delivered to one recipient. */
    public record Mail(String to, String from, String subject, String body, String autoSubmitted) {
        /** Everything a reader sees: subject and body. */
        public String text() {
            return subject + "\n" + body;
        }
    }

    private InProcessSmtp() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        return server;
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /** Every message received so far, one per recipient. */
    public static List<Mail> received() {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : SERVER.getReceivedMessages()) {
            try {
                String to = Stream.of(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                        .collect(Collectors.joining(","));
                String[] auto = message.getHeader("Auto-Submitted");
                mails.add(new Mail(to, message.getFrom()[0].toString(), message.getSubject(),
                        message.getContent().toString().replace("\r\n", "\n"), auto == null ? null : auto[0]));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return mails;
    }

    /** The messages whose subject or body mentions {@code text} (a case's identifier, for example). */
    public static List<Mail> about(String text) {
        return received().stream().filter(mail -> mail.text().contains(text)).toList();
    }

    public static List<Mail> to(String address) {
        return received().stream().filter(mail -> mail.to().equals(address)).toList();
    }
}
