package org.sanctuaryoversight.app.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Whether this installation sends mail: only when an SMTP server is set ({@code spring.mail.host}, which makes Spring
 * Boot create a {@link JavaMailSender}). It says so once at start, at INFO, either way; with mail on it refuses to
 * start without the settings every mail needs (where links point, who sends), rather than send broken mail later.
 */
public class Notifications {

    private static final Logger LOG = LoggerFactory.getLogger(Notifications.class);

    private final JavaMailSender sender;

    Notifications(Optional<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender.orElse(null);
        if (this.sender == null) {
            LOG.info("Notifications are off: no mail server is set (spring.mail.host). The staff work lists are the "
                    + "notification.");
            return;
        }
        requireUsable(properties);
        LOG.info("Notifications are on: mail goes out through the configured SMTP server, with links to {}",
                properties.baseUrl());
    }

    public boolean enabled() {
        return sender != null;
    }

    JavaMailSender sender() {
        return sender;
    }

    private static void requireUsable(NotificationProperties properties) {
        try {
            URI base = URI.create(properties.baseUrl());
            if (!("https".equals(base.getScheme()) || "http".equals(base.getScheme())) || base.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) address");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("spring.mail.host is set, so oversight.notifications.base-url "
                    + "(OVERSIGHT_NOTIFICATIONS_BASE_URL) must be the address people open the service at, such as "
                    + "https://oversight.city.example");
        }
        try {
            new InternetAddress(properties.from() == null ? "" : properties.from(), true);
        } catch (AddressException e) {
            throw new IllegalStateException("spring.mail.host is set, so oversight.notifications.from "
                    + "(OVERSIGHT_NOTIFICATIONS_FROM) must be the sender address, such as oversight@city.example");
        }
    }
}
