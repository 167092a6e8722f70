package org.sanctuaryoversight.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.InProcessSmtp;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An installation that existed before notifications (its log already full of complaints) upgrades and sets a mail
 * server: the notifier starts at the end of the log, so nobody is mailed about the past, only about what happens next.
 */
class NotificationsStartAtTheHeadTest {

    @TempDir
    Path dataDirectory;

    ConfigurableApplicationContext start(boolean mail) {
        SpringApplicationBuilder application = new SpringApplicationBuilder(OversightApplication.class).profiles("test");
        return mail
                ? application.run("--server.port=0", "--oversight.embedded.persistent=true",
                        "--oversight.embedded.data-directory=" + dataDirectory, "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + InProcessSmtp.port(),
                        "--oversight.notifications.base-url=https://oversight.city.example",
                        "--oversight.notifications.from=oversight@city.example")
                : application.run("--server.port=0", "--oversight.embedded.persistent=true",
                        "--oversight.embedded.data-directory=" + dataDirectory);
    }

    @Test
    void a_first_start_with_mail_mails_nobody_about_what_happened_before() {
        String address = MailOnTest.address("head");
        String old;
        StaffMember ombudsperson = new StaffMember("omb-head", "Olivia", StaffRole.OMBUDSPERSON, null);
        try (ConfigurableApplicationContext before = start(false)) {
            StaffAccounts accounts = before.getBean(StaffAccounts.class);
            accounts.create(ombudsperson, "a long enough password", false, "test");
            await().until(() -> accounts.find(ombudsperson.userId()).isPresent());
            accounts.changeEmail(ombudsperson.userId(), address, ombudsperson);
            await().until(() -> address.equals(accounts.find(ombudsperson.userId()).orElseThrow().email()));
            old = file(before, "Before notifications existed.");
            // the version before this feature had no notifier, so it left no position in the log (stopped first: a
            // running processor would store its position again when the application stops)
            before.getBean(EventProcessingConfiguration.class).eventProcessor(CaseEventNotifier.PROCESSING_GROUP)
                    .orElseThrow().shutDown();
            MongoCollection<Document> tokens = before.getBean(MongoDatabase.class).getCollection("trackingtokens");
            assertThat(tokens.deleteMany(Filters.eq("processorName", CaseEventNotifier.PROCESSING_GROUP))
                    .getDeletedCount()).isPositive();
        }

        try (ConfigurableApplicationContext after = start(true)) {
            String next = file(after, "After the upgrade.");
            await().atMost(Duration.ofSeconds(60)).until(() -> !InProcessSmtp.about(next).isEmpty());
            after.getBean(Postman.class).deliverDue();
            assertThat(InProcessSmtp.about(next)).extracting(InProcessSmtp.Mail::to).containsExactly(address);
            assertThat(InProcessSmtp.about(old)).as("the complaint filed before mail was on").isEmpty();
        }
    }

    private static String file(ConfigurableApplicationContext app, String narrative) {
        return app.getBean(FilingComplaint.class).file(new ComplaintSubmission(narrative, null, null, Set.of("police"),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null)).complaintId();
    }
}
