package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.*;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.casework.CaseworkQueries.CaseDetails;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A department's due date passes while the application is down: the deadline was stored by JobRunr in MongoDB,
 * and the next start fires it, so the overdue event is recorded and the case shows as overdue.
 *
 * <p>The office's clock is set three days back so that a due date "tomorrow" has already passed in real time;
 * the first run has no JobRunr background server, so the deadline cannot fire before the restart.
 */
class CaseworkDeadlineRestartTest {

    static final int SEGMENTS = 2;
    static final StaffMember OMBUDSPERSON = new StaffMember("omb-1", "Olivia Ombud", StaffRole.OMBUDSPERSON, null);

    @TempDir
    Path dataDirectory;

    @Configuration(proxyBeanMethods = false)
    static class ThreeDaysAgo {
        @Bean
        @Primary
        Clock officeClock() {
            return Clock.fixed(Instant.now().minus(Duration.ofDays(3)), ZoneOffset.UTC);
        }
    }

    ConfigurableApplicationContext start(boolean jobServer) {
        return new SpringApplicationBuilder(OversightApplication.class, ThreeDaysAgo.class)
                .profiles("test")
                .run("--server.port=0",
                        "--oversight.embedded.persistent=true",
                        "--oversight.embedded.data-directory=" + dataDirectory,
                        "--oversight.events.segments=" + SEGMENTS,
                        "--jobrunr.background-job-server.enabled=" + jobServer);
    }

    @Test
    void a_missed_department_due_date_is_recorded_after_a_restart() {
        String caseId;
        String referralId = "referral-1";
        try (ConfigurableApplicationContext first = start(false)) {
            caseId = first.getBean(FilingComplaint.class).file(new ComplaintSubmission("Asked for my papers.", "2026-10",
                    null, Set.of("police"), Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM,
                    "en", true, null)).complaintId();
            Clock clock = first.getBean(Clock.class);
            CommandGateway commands = first.getBean(CommandGateway.class);
            commands.sendAndWait(new AcknowledgeComplaintCommand(caseId, OMBUDSPERSON, clock.instant()));
            commands.sendAndWait(new TriageComplaintCommand(caseId, OMBUDSPERSON, TriageDecision.ACCEPT, null, null,
                    clock.instant()));
            commands.sendAndWait(new SendDepartmentReferralCommand(caseId, OMBUDSPERSON, referralId, "police",
                    first.getBean(org.sanctuaryoversight.privacy.PersonalDataVault.class).seal(caseId, "Why?"),
                    clock.instant(), clock.instant().atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)));
            // "Caught up" can be reported just before the last event lands, so wait for the referral itself.
            Casework firstCasework = first.getBean(Casework.class);
            CaseDetails before = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> firstCasework.details(caseId).filter(details -> !details.referrals().isEmpty()),
                            java.util.Optional::isPresent).orElseThrow();
            assertThat(before.summary().overdue()).as("nothing fires while no job server runs").isEmpty();
            assertThat(before.referrals()).singleElement().satisfies(r -> assertThat(r.overdue()).isFalse());
        }

        try (ConfigurableApplicationContext second = start(true)) {
            Casework casework = second.getBean(Casework.class);
            CaseDetails after = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> casework.details(caseId).orElseThrow(),
                            details -> details.summary().overdue().contains("DEPARTMENT_RESPONSE:" + referralId));
            assertThat(after.referrals()).singleElement().satisfies(r -> assertThat(r.overdue()).isTrue());
            assertThat(casework.timeline(caseId)).last().satisfies(entry -> {
                assertThat(entry.type()).isEqualTo("DEADLINE_MISSED");
                assertThat(entry.details()).containsEntry("deadline", "DEPARTMENT_RESPONSE").containsEntry("department", "police");
            });
        }
    }
}
