package org.sanctuaryoversight.app.notification;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications by e-mail ({@code oversight.notifications.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}. Mail is off while {@code spring.mail.host} is empty, the embedded default: the staff work
 * lists are then the notification. See docs/notifications.md.
 *
 * @param baseUrl              the address people open the service at, as links in mail must show it
 *                             ({@code https://oversight.city.example}); required when mail is on
 * @param from                 the sender address; required when mail is on
 * @param staffLanguage        the language of mail to staff ({@code en}, {@code es}); complainants get theirs
 * @param reminderBusinessDays how many business days before a due date the person who must act is reminded
 * @param reminderTime         when, in the office's time zone, the daily reminder run starts
 * @param passwordFile         a file holding the SMTP password (a Docker secret), instead of {@code spring.mail.password}
 */
@ConfigurationProperties("oversight.notifications")
public record NotificationProperties(String baseUrl, String from, @DefaultValue("en") String staffLanguage,
                                     @DefaultValue("3") int reminderBusinessDays,
                                     @DefaultValue("07:00") LocalTime reminderTime, Path passwordFile) {

    public NotificationProperties {
        if (reminderBusinessDays < 0 || reminderBusinessDays > 30) {
            throw new IllegalArgumentException("oversight.notifications.reminder-business-days must be between 0 and 30");
        }
        baseUrl = baseUrl == null ? "" : baseUrl.strip().replaceAll("/+$", "");
    }

    Locale staffLocale() {
        return Locale.forLanguageTag(staffLanguage);
    }
}
