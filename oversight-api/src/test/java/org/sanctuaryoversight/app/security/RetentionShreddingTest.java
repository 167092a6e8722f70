package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.AcknowledgeComplaintCommand;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.CloseComplaintCommand;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.TriageComplaintCommand;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The retention policy wired end to end: with a retention of zero, closing a complaint makes the durable
 * deadline fire on JobRunr, the saga sends the shred command, and the complaint's personal data can no
 * longer be opened. (The saga's rules, holds and reopening are in {@code ContactRetentionSagaTest}.)
 */
@OversightTest
@TestPropertySource(properties = "oversight.security.contact-retention=PT0S")
class RetentionShreddingTest {

    static final StaffMember OMBUD = new StaffMember("omb-1", "Olivia Ombud", StaffRole.OMBUDSPERSON, null);

    @Autowired
    FilingComplaint filing;
    @Autowired
    CommandGateway commands;
    @Autowired
    PersonalDataVault vault;

    @Test
    void closing_a_complaint_with_zero_retention_shreds_its_personal_data() {
        String caseId = filing.file(new ComplaintSubmission("They asked where I was born.", "2026-10", null,
                Set.of("police"), Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, "en",
                true, null)).complaintId();
        Sealed note = vault.seal(caseId, "a note only the office may read");
        assertThat(vault.open(note)).contains("a note only the office may read");

        commands.sendAndWait(new AcknowledgeComplaintCommand(caseId, OMBUD, Instant.now()));
        commands.sendAndWait(new TriageComplaintCommand(caseId, OMBUD, TriageDecision.NO_JURISDICTION, null, null,
                Instant.now()));
        commands.sendAndWait(new CloseComplaintCommand(caseId, OMBUD, "Outside the ordinance.",
                CaseOutcome.NO_JURISDICTION, Instant.now()));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> vault.open(note).isEmpty());
    }
}
