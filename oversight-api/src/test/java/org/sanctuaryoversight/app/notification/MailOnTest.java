package org.sanctuaryoversight.app.notification;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import java.util.UUID;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.support.InProcessSmtp;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application with mail on, sending to the in-process SMTP server. The office's clock runs three days behind, so
 * a referral due "tomorrow" by the office's calendar has already passed in real time and its deadline fires (JobRunr
 * polls every 5 s in tests) without waiting a day. Subclasses share this one context.
 */
@OversightTest
@AutoConfigureMockMvc
@Import(MailOnTest.ThreeDaysBehind.class)
abstract class MailOnTest {

    static final String BASE_URL = "https://oversight.city.example";
    static final String FROM = "oversight@city.example";

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", InProcessSmtp::port);
        properties.add("oversight.notifications.base-url", () -> BASE_URL + "/");
        properties.add("oversight.notifications.from", () -> FROM);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class ThreeDaysBehind {
        @Bean
        @Primary
        Clock officeClock() {
            return Clock.offset(Clock.systemUTC(), Duration.ofDays(-3));
        }
    }

    private final List<StaffMember> withAddress = new ArrayList<>();

    @Autowired
    StaffAccounts accounts;
    @Autowired
    FilingComplaint filing;
    @Autowired
    Clock clock;

    /** A new account; with {@code email} non-null, notifications for it go there. */
    StaffMember account(StaffRole role, String department, String email) {
        String userId = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        StaffMember member = new StaffMember(userId, "Staff Name " + userId, role, department);
        accounts.create(member, "a long enough password", false, "test");
        await().until(() -> accounts.find(userId).isPresent());
        if (email != null) {
            accounts.changeEmail(userId, email, member);
            await().until(() -> email.equals(accounts.find(userId).orElseThrow().email()));
            withAddress.add(member);
        }
        return member;
    }

    /** The accounts a test gave an address stop receiving mail, so the next test knows exactly who may be written to. */
    @AfterEach
    void removeAddresses() {
        for (StaffMember member : withAddress) {
            accounts.changeEmail(member.userId(), null, member);
            await().until(() -> accounts.find(member.userId()).orElseThrow().email() == null);
        }
    }

    static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.example";
    }

    String file(String narrative, String language, ContactDetails contact) {
        return filing.file(new ComplaintSubmission(narrative, null, "Corner of Fifth and Main", Set.of("police"),
                Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, language, contact == null,
                contact)).complaintId();
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
