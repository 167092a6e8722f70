package org.sanctuaryoversight.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.AcknowledgeComplaintCommand;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Without an SMTP server (no {@code spring.mail.host}, the default) nothing is sent or queued, whatever happens to
 * cases, the reminder job is not scheduled, and the log says once that notifications are off. With a server but
 * without the settings every mail needs, the service refuses to start rather than send broken links.
 */
@OversightTest
@ExtendWith(OutputCaptureExtension.class)
class NotificationsOffTest {

    /** Segments per processor in the test profile. */
    static final int SEGMENTS = 2;

    @Autowired
    Notifications notifications;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    FilingComplaint filing;
    @Autowired
    ComplaintMessaging messaging;
    @Autowired
    CommandGateway commands;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    MongoDatabase database;
    @Autowired
    StorageProvider jobs;
    @Autowired
    DeadlineReminders reminders;

    @Test
    void nothing_is_sent_or_queued_when_no_mail_server_is_set() {
        assertThat(notifications.enabled()).isFalse();
        assertThat(mailSender.getIfAvailable()).isNull();
        StaffMember ombudsperson = new StaffMember("omb-off-" + System.nanoTime(), "Olivia", StaffRole.OMBUDSPERSON, null);
        accounts.create(ombudsperson, "a long enough password", false, "test");
        org.awaitility.Awaitility.await().until(() -> accounts.find(ombudsperson.userId()).isPresent());
        accounts.changeEmail(ombudsperson.userId(), "olivia@city.example", ombudsperson);

        String caseId = filing.file(new ComplaintSubmission("They asked where I was born.", null, null, Set.of("police"),
                Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, "en", false,
                new ContactDetails(null, "me@home.example", null, null, ContactMethod.EMAIL, true))).complaintId();
        commands.sendAndWait(new AcknowledgeComplaintCommand(caseId, ombudsperson, Instant.now()));
        messaging.sendFromOffice(caseId, ombudsperson, "We received it.");
        Processors.awaitCaughtUp(processing, events, SEGMENTS);

        assertThat(reminders.remindAsOf(java.time.LocalDate.now().plusDays(5))).isZero();
        assertThat(database.getCollection(NotificationOutbox.COLLECTION).countDocuments()).isZero();
        assertThat(jobs.getRecurringJobs()).noneMatch(job -> job.getId().equals(DeadlineReminders.JOB_ID));
    }

    @Test
    void the_log_says_once_at_start_that_notifications_are_off(CapturedOutput output) {
        int before = output.getOut().length();
        new Notifications(Optional.empty(), properties("", ""));
        assertThat(output.getOut().substring(before))
                .containsOnlyOnce("INFO")
                .containsOnlyOnce("Notifications are off: no mail server is set (spring.mail.host). The staff work lists "
                        + "are the notification.");
    }

    @Test
    void with_a_mail_server_but_no_link_address_or_sender_the_service_does_not_start() {
        Optional<JavaMailSender> server = Optional.of(new JavaMailSenderImpl());
        assertThatThrownBy(() -> new Notifications(server, properties("", "oversight@city.example")))
                .hasMessageContaining("oversight.notifications.base-url");
        assertThatThrownBy(() -> new Notifications(server, properties("oversight.city.example", "oversight@city.example")))
                .hasMessageContaining("oversight.notifications.base-url");
        assertThatThrownBy(() -> new Notifications(server, properties("https://oversight.city.example", "")))
                .hasMessageContaining("oversight.notifications.from");
        assertThat(new Notifications(server, properties("https://oversight.city.example", "oversight@city.example"))
                .enabled()).isTrue();
    }

    private static NotificationProperties properties(String baseUrl, String from) {
        return new NotificationProperties(baseUrl, from, "en", 3, LocalTime.of(7, 0), null);
    }
}
