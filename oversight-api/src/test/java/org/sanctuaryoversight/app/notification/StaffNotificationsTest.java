package org.sanctuaryoversight.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.support.InProcessSmtp;
import org.sanctuaryoversight.app.support.InProcessSmtp.Mail;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.*;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.messages.ComplaintMessaging;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mail to staff goes to the person who must act, and only to them: a new complaint to every enabled ombudsperson
 * with an address, an assignment to the investigator, a complainant's message to the case's investigator, a referral
 * and its deadlines to the liaisons of that department, coming-up deadlines to whoever works the case. Every mail is
 * one generic sentence and a link: none carries the narrative, the place, the complainant's or staff's names or
 * contact details, questions or messages. An event delivered twice mails nobody twice.
 */
class StaffNotificationsTest extends MailOnTest {

    static final String NARRATIVE = "Officer Ramirez asked Maria Lopez for her papers outside the Jefferson clinic.";
    static final String QUESTIONS = "Which officer stopped Maria Lopez on Jefferson Street?";
    static final String MESSAGE = "I remember the patrol car number now: 4471.";
    static final ContactDetails CONTACT = new ContactDetails("Maria Lopez", "maria.lopez@home.example", "+1 555 0142",
            "12 Elm Street", ContactMethod.EMAIL, true);

    @Autowired
    CommandGateway commands;
    @Autowired
    ComplaintMessaging messaging;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    DeadlineReminders reminders;
    @Autowired
    CaseDeadlines deadlines;
    @Autowired
    CaseEventNotifier notifier;
    @Autowired
    Postman postman;
    @Autowired
    EventStore events;
    @Autowired
    StorageProvider jobs;
    @Autowired
    ReadModels readModels;

    @Test
    void each_step_of_a_case_mails_the_person_who_must_act_next_with_a_link_and_no_personal_data() {
        String ombudspersonAddress = address("olivia");
        StaffMember ombudsperson = account(StaffRole.OMBUDSPERSON, null, ombudspersonAddress);
        StaffMember withoutAddress = account(StaffRole.OMBUDSPERSON, null, null);
        String disabledAddress = address("gone");
        StaffMember disabled = account(StaffRole.OMBUDSPERSON, null, disabledAddress);
        accounts.disable(disabled.userId(), "admin");
        await().until(() -> accounts.find(disabled.userId()).orElseThrow().disabled());
        String investigatorAddress = address("ivan");
        StaffMember investigator = account(StaffRole.INVESTIGATOR, null, investigatorAddress);
        String policeAddress = address("police-liaison");
        StaffMember police = account(StaffRole.DEPARTMENT_LIAISON, "police", policeAddress);
        String schoolsAddress = address("schools-liaison");
        account(StaffRole.DEPARTMENT_LIAISON, "schools", schoolsAddress);

        String caseId = file(NARRATIVE, "en", CONTACT);
        String caseLink = BASE_URL + "/staff/cases/" + caseId;
        Mail filed = awaitOne(caseId, ombudspersonAddress);
        assertThat(filed.subject()).isEqualTo("A new complaint is waiting for acknowledgement (case " + caseId.substring(0, 8) + ")");
        assertThat(filed.body()).startsWith("A new complaint is waiting for acknowledgement: " + caseLink + "\n");
        assertThat(filed.from()).isEqualTo(FROM);
        assertThat(filed.autoSubmitted()).isEqualTo("auto-generated");

        commands.sendAndWait(new AcknowledgeComplaintCommand(caseId, ombudsperson, now()));
        commands.sendAndWait(new TriageComplaintCommand(caseId, ombudsperson, TriageDecision.ACCEPT, null, null, now()));
        commands.sendAndWait(new AssignInvestigatorCommand(caseId, ombudsperson, investigator, now()));
        assertThat(awaitOne(caseId, investigatorAddress).body()).startsWith("A case was assigned to you: " + caseLink);

        messaging.sendFromComplainant(caseId, MESSAGE);
        await().until(() -> InProcessSmtp.about(caseId).stream().filter(m -> m.to().equals(investigatorAddress)).count() == 2);
        assertThat(InProcessSmtp.about(caseId)).filteredOn(m -> m.to().equals(investigatorAddress))
                .extracting(Mail::body).anySatisfy(body -> assertThat(body)
                        .startsWith("A complainant wrote to the office about a case you work. Read and answer it here: " + caseLink));

        LocalDate due = today().plusDays(1);
        commands.sendAndWait(new SendDepartmentReferralCommand(caseId, investigator, "referral-1", "police",
                vault.seal(caseId, QUESTIONS), now(), due));
        Mail referral = awaitOne(caseId, policeAddress);
        assertThat(referral.body()).startsWith("The oversight office sent your department a referral to answer by "
                + "%s %d, %d: %s/staff/department/referrals/%s/referral-1".formatted(
                due.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH),
                due.getDayOfMonth(), due.getYear(), BASE_URL, caseId));

        // the due date has passed in real time: the deadline fires and the department's liaisons hear of it
        await().atMost(Duration.ofSeconds(90)).until(() -> InProcessSmtp.about(caseId).stream()
                .anyMatch(m -> m.to().equals(policeAddress) && m.subject().startsWith("A deadline has passed")));
        assertThat(InProcessSmtp.about(caseId)).filteredOn(m -> m.subject().startsWith("A deadline has passed"))
                .extracting(Mail::to).containsExactly(policeAddress);

        List<Mail> aboutTheCase = InProcessSmtp.about(caseId);
        assertThat(aboutTheCase).extracting(Mail::to).as("nobody else was written to")
                .containsOnly(ombudspersonAddress, investigatorAddress, policeAddress)
                .doesNotContain(disabledAddress, schoolsAddress);
        assertThat(aboutTheCase).filteredOn(m -> m.to().equals(ombudspersonAddress)).as("the message went to the investigator")
                .hasSize(1);
        assertNoPersonalData(aboutTheCase, ombudsperson, withoutAddress, investigator, police);
    }

    @Test
    void deadlines_coming_up_are_reminded_once_to_whoever_must_act() {
        String ombudspersonAddress = address("olga");
        StaffMember ombudsperson = account(StaffRole.OMBUDSPERSON, null, ombudspersonAddress);
        String investigatorAddress = address("ines");
        StaffMember investigator = account(StaffRole.INVESTIGATOR, null, investigatorAddress);
        String policeAddress = address("pedro");
        account(StaffRole.DEPARTMENT_LIAISON, "police", policeAddress);

        String unacknowledged = file(NARRATIVE, "en", null);
        String investigating = file(NARRATIVE, "en", null);
        commands.sendAndWait(new AcknowledgeComplaintCommand(investigating, ombudsperson, now()));
        commands.sendAndWait(new TriageComplaintCommand(investigating, ombudsperson, TriageDecision.ACCEPT, null, null, now()));
        commands.sendAndWait(new AssignInvestigatorCommand(investigating, ombudsperson, investigator, now()));
        LocalDate referralDue = today().plusDays(20);
        commands.sendAndWait(new SendDepartmentReferralCommand(investigating, investigator, "referral-2", "police",
                vault.seal(investigating, QUESTIONS), now(), referralDue));
        await().until(() -> InProcessSmtp.about(investigating).size() == 3); // filed, assigned, referral

        LocalDate acknowledgementDue = deadlines.acknowledgementDue(events.readEvents(unacknowledged).asStream()
                .map(EventMessage::getPayload).map(ComplaintFiledEvent.class::cast).findFirst().orElseThrow().filedAt());
        LocalDate investigationDue = deadlines.investigationDue(now());
        readModels.awaitCaughtUp(CaseworkModule.PROCESSING_GROUP);

        reminders.remindAsOf(acknowledgementDue.minusDays(1));
        reminders.remindAsOf(referralDue.minusDays(1));
        reminders.remindAsOf(investigationDue);
        postman.deliverDue();
        await().until(() -> InProcessSmtp.about(unacknowledged).stream().anyMatch(m -> m.subject().startsWith("A deadline is coming up")));
        await().until(() -> InProcessSmtp.about(investigating).stream().filter(m -> m.subject().startsWith("A deadline is coming up")).count() == 2);

        assertThat(InProcessSmtp.about(unacknowledged)).filteredOn(m -> m.subject().startsWith("A deadline is coming up"))
                .singleElement().satisfies(mail -> {
                    assertThat(mail.to()).isEqualTo(ombudspersonAddress);
                    assertThat(mail.body()).startsWith("A complaint must be acknowledged by ");
                });
        List<Mail> soon = InProcessSmtp.about(investigating).stream()
                .filter(m -> m.subject().startsWith("A deadline is coming up")).toList();
        assertThat(soon).extracting(Mail::to).containsExactlyInAnyOrder(investigatorAddress, policeAddress);
        assertThat(soon).filteredOn(m -> m.to().equals(investigatorAddress)).singleElement().extracting(Mail::body)
                .asString().startsWith("An investigation is due to be finished by ").contains("/staff/cases/" + investigating);
        assertThat(soon).filteredOn(m -> m.to().equals(policeAddress)).singleElement().extracting(Mail::body)
                .asString().startsWith("Your department's answer to a referral is due on ")
                .contains("/staff/department/referrals/" + investigating + "/referral-2");

        // the next run, and the day after, remind nobody again
        int before = InProcessSmtp.received().size();
        assertThat(reminders.remindAsOf(acknowledgementDue.minusDays(1))).isZero();
        assertThat(reminders.remindAsOf(acknowledgementDue)).isZero();
        assertThat(reminders.remindAsOf(referralDue)).isZero();
        postman.deliverDue();
        assertThat(InProcessSmtp.received()).hasSize(before);
        assertNoPersonalData(InProcessSmtp.about(investigating), ombudsperson, investigator);
    }

    @Test
    void an_event_delivered_again_mails_nobody_again() {
        String ombudspersonAddress = address("otto");
        account(StaffRole.OMBUDSPERSON, null, ombudspersonAddress);
        String caseId = file(NARRATIVE, "en", null);
        awaitOne(caseId, ombudspersonAddress);

        EventMessage<?> filed = events.readEvents(caseId).next();
        notifier.on((ComplaintFiledEvent) filed.getPayload(), filed.getIdentifier());
        notifier.on((ComplaintFiledEvent) filed.getPayload(), filed.getIdentifier());
        postman.deliverDue();
        assertThat(InProcessSmtp.about(caseId)).filteredOn(m -> m.to().equals(ombudspersonAddress)).hasSize(1);
    }

    @Test
    void the_daily_reminder_run_is_a_durable_job_in_the_office_s_time_zone() {
        assertThat(jobs.getRecurringJobs()).anySatisfy(job -> {
            assertThat(job.getId()).isEqualTo(DeadlineReminders.JOB_ID);
            assertThat(job.getScheduleExpression()).isEqualTo("0 7 * * *");
            assertThat(job.getZoneId()).isEqualTo(deadlines.zone().getId());
        });
    }

    private static Mail awaitOne(String caseId, String address) {
        await().atMost(Duration.ofSeconds(30)).until(() -> InProcessSmtp.about(caseId).stream()
                .anyMatch(m -> m.to().equals(address)));
        return InProcessSmtp.about(caseId).stream().filter(m -> m.to().equals(address)).reduce((a, b) -> b).orElseThrow();
    }

    private static void assertNoPersonalData(List<Mail> mails, StaffMember... staff) {
        assertThat(mails).isNotEmpty().allSatisfy(mail -> {
            assertThat(mail.text()).doesNotContain("Maria", "Lopez", "maria.lopez", "555 0142", "Elm", "Ramirez",
                    "Jefferson", "papers", "Fifth", "4471", "patrol", "Which officer", "Staff Name");
            for (StaffMember member : staff) {
                assertThat(mail.text()).doesNotContain(member.displayName());
            }
        });
    }
}
