package org.sanctuaryoversight.app.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sanctuaryoversight.app.notification.NotificationOutbox.Claimed;
import org.sanctuaryoversight.app.notification.Recipients.Recipient;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the outbox's letters: right after they are posted (on its own thread, so a slow SMTP server never holds up
 * event processing), and every half minute for letters to try again or left by an instance that stopped. Logs say
 * which notice for which case number, never an address or what a server answered (it may quote the address).
 */
class Postman implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(Postman.class);

    private final Notifications notifications;
    private final NotificationOutbox outbox;
    private final Recipients recipients;
    private final LetterWriter writer;
    private final String from;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread daemon = new Thread(runnable, "notification-postman");
        daemon.setDaemon(true);
        return daemon;
    });
    private final AtomicBoolean roundPending = new AtomicBoolean();

    Postman(Notifications notifications, NotificationOutbox outbox, Recipients recipients, LetterWriter writer,
            String from) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.recipients = recipients;
        this.writer = writer;
        this.from = from;
    }

    /** Starts a round soon, on the postman's thread; several calls before it starts make one round. */
    void deliverSoon() {
        if (notifications.enabled() && roundPending.compareAndSet(false, true)) {
            thread.execute(() -> {
                roundPending.set(false);
                deliverDue();
            });
        }
    }

    @Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
    void scheduledRound() {
        deliverDue();
    }

    /** Sends every letter that is due; answers how many were handled (sent, dropped or put back). */
    synchronized int deliverDue() {
        if (!notifications.enabled()) {
            return 0;
        }
        int handled = 0;
        for (Optional<Claimed> next = outbox.claimNext(); next.isPresent(); next = outbox.claimNext()) {
            deliver(next.get());
            handled++;
        }
        outbox.sweep();
        return handled;
    }

    private void deliver(Claimed claimed) {
        Letter letter = claimed.letter();
        Optional<Recipient> to;
        try {
            to = recipients.of(letter);
        } catch (RuntimeException lookupFailed) {
            putBack(claimed, lookupFailed);
            return;
        }
        if (to.isEmpty()) {
            outbox.dropped(letter);
            return;
        }
        LetterWriter.Words words = writer.write(letter, to.get());
        try {
            notifications.sender().send((MimeMessage message) -> {
                MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                mail.setFrom(from);
                mail.setTo(to.get().address());
                mail.setSubject(words.subject());
                mail.setText(words.body());
                // RFC 3834: an automatic message; auto-responders must not answer it
                message.setHeader("Auto-Submitted", "auto-generated");
            });
            outbox.sent(letter);
        } catch (MailException refused) {
            putBack(claimed, refused);
        }
    }

    private void putBack(Claimed claimed, RuntimeException cause) {
        boolean givenUp = outbox.failed(claimed);
        LOG.warn("A notification ({}, case {}) could not be sent, attempt {} of {}: {}{}", claimed.letter().notice(),
                CaseworkQueries.caseNumber(claimed.letter().caseId()), claimed.attempt(), NotificationOutbox.MAX_ATTEMPTS,
                cause.getClass().getSimpleName(), givenUp ? "; giving up" : "; it will be tried again");
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
