package org.sanctuaryoversight.complaint;

import org.sanctuaryoversight.complaint.intake.ApproximateDate;
import org.sanctuaryoversight.complaint.intake.FileComplaintCommand;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.casework.CaseworkCommands.*;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.*;
import org.sanctuaryoversight.complaint.casework.BusinessCalendar;
import org.sanctuaryoversight.complaint.casework.CaseDeadlines;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.complaint.casework.DeadlinePassed;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.complaint.casework.InvestigativeStepKind;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/** Every casework transition of the complaint aggregate, and every rejection, as given/when/then. */
class CaseworkAggregateTest {

    static final String ID = "c-1";
    /** Monday 23 November 2026, 10:00 in Chicago. */
    static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");
    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final CaseDeadlines DEADLINES = new CaseDeadlines(5, 30, 180,
            new BusinessCalendar(Set.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27))), ZONE);

    static final StaffMember OMBUDSPERSON = new StaffMember("u-omb", "Ombudsperson", StaffRole.OMBUDSPERSON, null);
    static final StaffMember INVESTIGATOR = new StaffMember("u-inv", "Investigator", StaffRole.INVESTIGATOR, null);
    static final StaffMember OTHER_INVESTIGATOR = new StaffMember("u-inv2", "Other", StaffRole.INVESTIGATOR, null);
    static final StaffMember POLICE_LIAISON = new StaffMember("u-pol", "Police liaison", StaffRole.DEPARTMENT_LIAISON, "police");
    static final StaffMember JAIL_LIAISON = new StaffMember("u-jail", "Jail liaison", StaffRole.DEPARTMENT_LIAISON, "jail");
    static final StaffMember AUDITOR = new StaffMember("u-aud", "Auditor", StaffRole.AUDITOR, null);

    static final Sealed NOTES = new Sealed(ID, "bm90ZXM=");
    static final Sealed QUESTIONS = new Sealed(ID, "cXVlc3Rpb25z");
    static final Sealed RESPONSE = new Sealed(ID, "cmVzcG9uc2U=");
    static final Sealed REASON = new Sealed(ID, "cmVhc29u");
    static final LocalDate REFERRAL_DUE = LocalDate.of(2026, 12, 23);

    AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
        fixture.registerInjectableResource(DEADLINES);
    }

    // ---- the story's events, in order

    static ComplaintFiledEvent filed() {
        return new ComplaintFiledEvent(ID, NOW, new Sealed(ID, "bmFycmF0aXZl"), new ApproximateDate("2026-11"), null,
                Set.of("police"), Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null,
                new ReceiptCredential("digest", "$2a$04$hash"));
    }

    static ReviewCaseOpenedEvent reviewOpened() {
        return new ReviewCaseOpenedEvent(ID, NOW, "police", "FEDERAL_REQUEST_FLAGGED", "flagged", "fr-1");
    }

    static ComplaintAcknowledgedEvent acknowledged() {
        return new ComplaintAcknowledgedEvent(ID, NOW, OMBUDSPERSON);
    }

    static ComplaintTriagedEvent accepted() {
        return new ComplaintTriagedEvent(ID, TriageDecision.ACCEPT, null, null, NOW, OMBUDSPERSON, LocalDate.of(2027, 5, 22));
    }

    static InvestigatorAssignedEvent assigned() {
        return new InvestigatorAssignedEvent(ID, INVESTIGATOR, NOW, OMBUDSPERSON);
    }

    static AllegationRecordedEvent allegation(String allegationId) {
        return new AllegationRecordedEvent(ID, allegationId, AllegationCategory.OTHER, "police", NOW, INVESTIGATOR);
    }

    static DepartmentReferralSentEvent referralSent() {
        return new DepartmentReferralSentEvent(ID, "r-1", "police", NOW, REFERRAL_DUE, QUESTIONS, INVESTIGATOR);
    }

    static DepartmentRespondedEvent responded() {
        return new DepartmentRespondedEvent(ID, "r-1", "police", NOW, RESPONSE, POLICE_LIAISON);
    }

    static FindingRecordedEvent finding(String allegationId, Finding finding) {
        return new FindingRecordedEvent(ID, allegationId, finding, NOW, OMBUDSPERSON);
    }

    static RecommendationMadeEvent recommended() {
        return new RecommendationMadeEvent(ID, "rec-1", "police", "Train staff on the ordinance", NOW, OMBUDSPERSON);
    }

    static ComplaintClosedEvent closed(CaseOutcome outcome) {
        return new ComplaintClosedEvent(ID, NOW, outcome, "Summary", OMBUDSPERSON);
    }

    static Object[] accepted_case() {
        return new Object[] {filed(), acknowledged(), accepted()};
    }

    static Object[] investigated_case() {
        return new Object[] {filed(), acknowledged(), accepted(), assigned(), allegation("a-1")};
    }

    /** Given these events; an {@code Object[]} among them stands for its events in order. */
    org.axonframework.test.aggregate.TestExecutor<ComplaintAggregate> given(Object... parts) {
        java.util.List<Object> events = new java.util.ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Object[] many) {
                events.addAll(java.util.Arrays.asList(many));
            } else {
                events.add(part);
            }
        }
        return fixture.given(events);
    }

    @Nested
    class Acknowledgement {
        @Test
        void the_office_acknowledges_a_filed_complaint() {
            fixture.given(filed())
                    .when(new AcknowledgeComplaintCommand(ID, OMBUDSPERSON, NOW))
                    .expectEvents(new ComplaintAcknowledgedEvent(ID, NOW, OMBUDSPERSON));
        }

        /** Security review, high 1: investigators act only on cases assigned to them; before assignment, nobody but the ombudsperson. */
        @Test
        void an_investigator_does_not_act_on_a_case_nobody_assigned_to_them() {
            fixture.given(filed())
                    .when(new AcknowledgeComplaintCommand(ID, INVESTIGATOR, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("OnlyTheCaseWorkers: Only the ombudsperson works a case before an investigator is assigned to it.")
                    .expectNoEvents();
        }

        @Test
        void a_complaint_is_acknowledged_once() {
            fixture.given(filed(), acknowledged())
                    .when(new AcknowledgeComplaintCommand(ID, OMBUDSPERSON, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("AcknowledgeOnce: The complaint was already acknowledged.")
                    .expectNoEvents();
        }

        @Test
        void a_department_liaison_never_works_a_case() {
            fixture.given(filed())
                    .when(new AcknowledgeComplaintCommand(ID, POLICE_LIAISON, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyTheCaseWorkers"))
                    .expectNoEvents();
        }

        @Test
        void a_review_case_opened_by_the_office_needs_no_acknowledgement() {
            fixture.given(reviewOpened())
                    .when(new AcknowledgeComplaintCommand(ID, OMBUDSPERSON, NOW))
                    .expectException(Refusal.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Triage {
        @Test
        void accepting_a_complaint_sets_and_schedules_the_investigation_target() {
            LocalDate due = LocalDate.of(2027, 5, 22); // 180 days after 23 November 2026
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, NOW))
                    .expectEvents(accepted())
                    .expectScheduledDeadline(due.plusDays(1).atStartOfDay(ZONE).toInstant(),
                            new DeadlinePassed(DeadlineKind.INVESTIGATION, null, null, due,
                                    due.plusDays(1).atStartOfDay(ZONE).toInstant()));
        }

        @Test
        void a_complaint_outside_the_ordinance_is_declined_without_a_target() {
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.NO_JURISDICTION, null, null, NOW))
                    .expectEvents(new ComplaintTriagedEvent(ID, TriageDecision.NO_JURISDICTION, null, null, NOW,
                            OMBUDSPERSON, null))
                    .expectNoScheduledDeadlines();
        }

        @Test
        void a_referral_to_another_agency_names_the_agency() {
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.REFER_TO_OTHER_AGENCY,
                            "  State Attorney General ", null, NOW))
                    .expectEvents(new ComplaintTriagedEvent(ID, TriageDecision.REFER_TO_OTHER_AGENCY,
                            "State Attorney General", null, NOW, OMBUDSPERSON, null));
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.REFER_TO_OTHER_AGENCY, " ", null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("TriageOnceAfterAcknowledgement: Name the agency the complaint is referred to.");
        }

        @Test
        void a_duplicate_names_the_earlier_case() {
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.DUPLICATE, null, "c-0", NOW))
                    .expectEvents(new ComplaintTriagedEvent(ID, TriageDecision.DUPLICATE, null, "c-0", NOW,
                            OMBUDSPERSON, null));
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.DUPLICATE, null, null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("TriageOnceAfterAcknowledgement: Name the case this one duplicates.");
        }

        @Test
        void triage_needs_acknowledgement_first() {
            fixture.given(filed())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("TriageOnceAfterAcknowledgement: Acknowledge the complaint before triage.")
                    .expectNoEvents();
        }

        @Test
        void triage_happens_once_and_needs_a_decision() {
            fixture.given(accepted_case())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("TriageOnceAfterAcknowledgement: The case was already triaged.");
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, null, null, null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("TriageOnceAfterAcknowledgement: A triage needs a decision.");
        }

        @Test
        void only_the_ombudsperson_triages() {
            fixture.given(filed(), acknowledged())
                    .when(new TriageComplaintCommand(ID, INVESTIGATOR, TriageDecision.ACCEPT, null, null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OmbudspersonDecides"))
                    .expectNoEvents();
        }

        @Test
        void a_review_case_goes_straight_to_triage() {
            fixture.given(reviewOpened())
                    .when(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, NOW))
                    .expectEvents(accepted());
        }
    }

    @Nested
    class Investigation {
        @Test
        void the_ombudsperson_assigns_an_investigator_to_an_accepted_case() {
            fixture.given(accepted_case())
                    .when(new AssignInvestigatorCommand(ID, OMBUDSPERSON, INVESTIGATOR, NOW))
                    .expectEvents(assigned());
        }

        @Test
        void no_investigation_before_acceptance() {
            fixture.given(filed(), acknowledged())
                    .when(new AssignInvestigatorCommand(ID, OMBUDSPERSON, INVESTIGATOR, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("NoInvestigationBeforeAcceptance"));
            fixture.given(filed(), acknowledged())
                    .when(new RecordAllegationCommand(ID, OMBUDSPERSON, "a-1", AllegationCategory.OTHER, "police", NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("NoInvestigationBeforeAcceptance"));
        }

        @Test
        void only_office_staff_are_assigned() {
            fixture.given(accepted_case())
                    .when(new AssignInvestigatorCommand(ID, OMBUDSPERSON, POLICE_LIAISON, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("InvestigatorIsOfficeStaff"));
        }

        @Test
        void the_assigned_investigator_records_allegations_and_steps() {
            fixture.given(filed(), acknowledged(), accepted(), assigned())
                    .when(new RecordAllegationCommand(ID, INVESTIGATOR, "a-1", AllegationCategory.OTHER, "police", NOW))
                    .expectEvents(allegation("a-1"));
            fixture.given(filed(), acknowledged(), accepted(), assigned())
                    .when(new RecordInvestigativeStepCommand(ID, INVESTIGATOR, "s-1", InvestigativeStepKind.SITE_VISIT,
                            NOTES, NOW))
                    .expectEvents(new InvestigativeStepRecordedEvent(ID, "s-1", InvestigativeStepKind.SITE_VISIT, NOTES,
                            NOW, INVESTIGATOR));
        }

        @Test
        void another_investigator_does_not_work_someone_elses_case() {
            fixture.given(filed(), acknowledged(), accepted(), assigned())
                    .when(new RecordInvestigativeStepCommand(ID, OTHER_INVESTIGATOR, "s-1",
                            InvestigativeStepKind.INTERVIEW, NOTES, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyTheCaseWorkers"))
                    .expectNoEvents();
        }

        @Test
        void an_allegation_is_recorded_once_and_names_a_provision_and_department() {
            fixture.given(investigated_case())
                    .when(new RecordAllegationCommand(ID, INVESTIGATOR, "a-1", AllegationCategory.OTHER, "police", NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("FindingPerRecordedAllegation: That allegation is already recorded.");
            fixture.given(investigated_case())
                    .when(new RecordAllegationCommand(ID, INVESTIGATOR, "a-2", null, "police", NOW))
                    .expectException(Refusal.class);
        }

        @Test
        void an_investigative_step_has_notes() {
            fixture.given(investigated_case())
                    .when(new RecordInvestigativeStepCommand(ID, INVESTIGATOR, "s-1", InvestigativeStepKind.INTERVIEW,
                            null, NOW))
                    .expectException(Refusal.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class DepartmentReferrals {
        @Test
        void a_referral_is_sent_with_a_due_date_that_is_kept_durably() {
            Instant passes = REFERRAL_DUE.plusDays(1).atStartOfDay(ZONE).toInstant();
            fixture.given(investigated_case())
                    .when(new SendDepartmentReferralCommand(ID, INVESTIGATOR, "r-1", "police", QUESTIONS, NOW, REFERRAL_DUE))
                    .expectEvents(referralSent())
                    .expectScheduledDeadline(passes, new DeadlinePassed(DeadlineKind.DEPARTMENT_RESPONSE, "r-1",
                            "police", REFERRAL_DUE, passes));
        }

        @Test
        void the_due_date_is_after_the_day_it_is_sent_and_a_referral_is_sent_once() {
            fixture.given(investigated_case())
                    .when(new SendDepartmentReferralCommand(ID, INVESTIGATOR, "r-1", "police", QUESTIONS, NOW,
                            LocalDate.of(2026, 11, 23)))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("ReferralHasAFutureDueDate: The due date must be after the day the referral is sent.");
            given(investigated_case(), referralSent())
                    .when(new SendDepartmentReferralCommand(ID, INVESTIGATOR, "r-1", "police", QUESTIONS, NOW, REFERRAL_DUE))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("ReferralHasAFutureDueDate: That referral was already sent.");
        }

        @Test
        void the_liaison_of_the_referred_department_responds() {
            given(investigated_case(), referralSent())
                    .when(new RespondToReferralCommand(ID, POLICE_LIAISON, "r-1", RESPONSE, NOW))
                    .expectEvents(responded());
        }

        @Test
        void a_liaison_responds_only_for_their_own_department() {
            given(investigated_case(), referralSent())
                    .when(new RespondToReferralCommand(ID, JAIL_LIAISON, "r-1", RESPONSE, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("LiaisonAnswersForOwnDepartment: Only the liaison of the referred department answers a referral.")
                    .expectNoEvents();
        }

        @Test
        void a_referral_is_answered_once_and_must_exist() {
            given(investigated_case(), referralSent(), responded())
                    .when(new RespondToReferralCommand(ID, POLICE_LIAISON, "r-1", RESPONSE, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("LiaisonAnswersForOwnDepartment: This referral was already answered.");
            fixture.given(investigated_case())
                    .when(new RespondToReferralCommand(ID, POLICE_LIAISON, "r-9", RESPONSE, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("LiaisonAnswersForOwnDepartment: There is no such referral on this case.");
        }
    }

    @Nested
    class Findings {
        @Test
        void the_ombudsperson_records_a_finding_per_allegation() {
            fixture.given(investigated_case())
                    .when(new RecordFindingCommand(ID, OMBUDSPERSON, "a-1", Finding.SUSTAINED, NOW))
                    .expectEvents(finding("a-1", Finding.SUSTAINED));
        }

        @Test
        void no_finding_before_acceptance() {
            fixture.given(filed(), acknowledged())
                    .when(new RecordFindingCommand(ID, OMBUDSPERSON, "a-1", Finding.SUSTAINED, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("NoInvestigationBeforeAcceptance"));
        }

        @Test
        void a_finding_is_on_a_recorded_allegation_once_and_is_chosen() {
            fixture.given(investigated_case())
                    .when(new RecordFindingCommand(ID, OMBUDSPERSON, "a-9", Finding.SUSTAINED, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("FindingPerRecordedAllegation: There is no such allegation on this case.");
            given(investigated_case(), finding("a-1", Finding.UNFOUNDED))
                    .when(new RecordFindingCommand(ID, OMBUDSPERSON, "a-1", Finding.SUSTAINED, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("FindingPerRecordedAllegation: This allegation already has a finding.");
            fixture.given(investigated_case())
                    .when(new RecordFindingCommand(ID, OMBUDSPERSON, "a-1", null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("FindingPerRecordedAllegation: Choose a finding.");
        }

        @Test
        void the_assigned_investigator_records_findings_and_nobody_else_does() {
            fixture.given(investigated_case())
                    .when(new RecordFindingCommand(ID, INVESTIGATOR, "a-1", Finding.SUSTAINED, NOW))
                    .expectEvents(new FindingRecordedEvent(ID, "a-1", Finding.SUSTAINED, NOW, INVESTIGATOR));
            fixture.given(investigated_case())
                    .when(new RecordFindingCommand(ID, OTHER_INVESTIGATOR, "a-1", Finding.SUSTAINED, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyTheCaseWorkers"))
                    .expectNoEvents();
            fixture.given(investigated_case())
                    .when(new RecordFindingCommand(ID, POLICE_LIAISON, "a-1", Finding.EXONERATED, NOW))
                    .expectException(Refusal.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Recommendations {
        @Test
        void the_ombudsperson_recommends_and_the_department_answers() {
            fixture.given(investigated_case())
                    .when(new MakeRecommendationCommand(ID, OMBUDSPERSON, "rec-1", "police",
                            " Train staff on the ordinance ", NOW))
                    .expectEvents(recommended());
            given(investigated_case(), recommended())
                    .when(new AnswerRecommendationCommand(ID, POLICE_LIAISON, "rec-1", RecommendationAnswer.ACCEPTED, NOW))
                    .expectEvents(new RecommendationAnsweredEvent(ID, "rec-1", "police", RecommendationAnswer.ACCEPTED,
                            NOW, POLICE_LIAISON));
        }

        @Test
        void a_recommendation_that_identifies_a_person_is_refused_because_it_is_public() {
            fixture.given(investigated_case())
                    .when(new MakeRecommendationCommand(ID, OMBUDSPERSON, "rec-1", "police",
                            "Apologise to her at 1200 Main Street", NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("FreeTextNamesNoOne: The recommendation"))
                    .expectNoEvents();
        }

        @Test
        void a_recommendation_is_made_once_with_a_text() {
            given(investigated_case(), recommended())
                    .when(new MakeRecommendationCommand(ID, OMBUDSPERSON, "rec-1", "police", "again", NOW))
                    .expectException(Refusal.class);
            fixture.given(investigated_case())
                    .when(new MakeRecommendationCommand(ID, OMBUDSPERSON, "rec-1", "police", " ", NOW))
                    .expectException(Refusal.class);
        }

        @Test
        void implemented_follows_accepted_and_an_answer_is_given_once() {
            RecommendationAnsweredEvent acceptedAnswer = new RecommendationAnsweredEvent(ID, "rec-1", "police",
                    RecommendationAnswer.ACCEPTED, NOW, POLICE_LIAISON);
            given(investigated_case(), recommended(), acceptedAnswer)
                    .when(new AnswerRecommendationCommand(ID, POLICE_LIAISON, "rec-1", RecommendationAnswer.IMPLEMENTED, NOW))
                    .expectEvents(new RecommendationAnsweredEvent(ID, "rec-1", "police",
                            RecommendationAnswer.IMPLEMENTED, NOW, POLICE_LIAISON));
            given(investigated_case(), recommended())
                    .when(new AnswerRecommendationCommand(ID, POLICE_LIAISON, "rec-1", RecommendationAnswer.IMPLEMENTED, NOW))
                    .expectException(Refusal.class);
            given(investigated_case(), recommended(), acceptedAnswer)
                    .when(new AnswerRecommendationCommand(ID, POLICE_LIAISON, "rec-1", RecommendationAnswer.REJECTED, NOW))
                    .expectException(Refusal.class);
        }

        @Test
        void another_department_does_not_answer() {
            given(investigated_case(), recommended())
                    .when(new AnswerRecommendationCommand(ID, JAIL_LIAISON, "rec-1", RecommendationAnswer.REJECTED, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("LiaisonAnswersForOwnDepartment"))
                    .expectNoEvents();
        }

        @Test
        void a_department_answers_a_recommendation_also_after_closure() {
            given(investigated_case(), finding("a-1", Finding.POLICY_FAILURE), recommended(),
                            closed(CaseOutcome.POLICY_FAILURE_FOUND))
                    .when(new AnswerRecommendationCommand(ID, POLICE_LIAISON, "rec-1", RecommendationAnswer.ACCEPTED, NOW))
                    .expectEvents(new RecommendationAnsweredEvent(ID, "rec-1", "police", RecommendationAnswer.ACCEPTED,
                            NOW, POLICE_LIAISON));
        }
    }

    @Nested
    class Closing {
        @Test
        void a_case_closes_with_the_outcome_its_findings_say() {
            given(investigated_case(), finding("a-1", Finding.SUSTAINED))
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, " Summary ", CaseOutcome.VIOLATION_FOUND, NOW))
                    .expectEvents(closed(CaseOutcome.VIOLATION_FOUND));
            given(investigated_case(), finding("a-1", Finding.EXONERATED))
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.NO_VIOLATION_FOUND, NOW))
                    .expectEvents(closed(CaseOutcome.NO_VIOLATION_FOUND));
        }

        @Test
        void closing_confirms_the_outcome_the_findings_imply() {
            given(investigated_case(), finding("a-1", Finding.SUSTAINED))
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", null, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("ClosingConfirmsTheOutcome: Confirm the outcome the case closes with.")
                    .expectNoEvents();
            given(investigated_case(), finding("a-1", Finding.SUSTAINED))
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.NO_VIOLATION_FOUND, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("ClosingConfirmsTheOutcome"))
                    .expectNoEvents();
        }

        @Test
        void an_accepted_case_without_allegations_closes_as_no_violation_only_when_the_office_says_so() {
            given(accepted_case())
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", null, NOW))
                    .expectException(Refusal.class)
                    .expectNoEvents();
            given(accepted_case())
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.NO_VIOLATION_FOUND, NOW))
                    .expectEvents(closed(CaseOutcome.NO_VIOLATION_FOUND));
        }

        @Test
        void no_closing_while_an_allegation_lacks_a_finding() {
            fixture.given(investigated_case())
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.NO_VIOLATION_FOUND, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("NoClosingWithOpenAllegations: Every allegation needs a finding before the case is closed.")
                    .expectNoEvents();
        }

        @Test
        void a_declined_complaint_closes_without_findings() {
            fixture.given(filed(), acknowledged(), new ComplaintTriagedEvent(ID, TriageDecision.NO_JURISDICTION, null,
                            null, NOW, OMBUDSPERSON, null))
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.NO_JURISDICTION, NOW))
                    .expectEvents(closed(CaseOutcome.NO_JURISDICTION));
        }

        @Test
        void a_public_summary_that_identifies_a_person_does_not_close_the_case() {
            for (String summary : java.util.List.of("Officers asked for DOB and A-number of the complainant",
                    "Officers questioned a woman named Ana at the clinic", "Call (555) 123-4567 for details")) {
                given(investigated_case(), finding("a-1", Finding.SUSTAINED))
                        .when(new CloseComplaintCommand(ID, OMBUDSPERSON, summary, CaseOutcome.VIOLATION_FOUND, NOW))
                        .expectException(Refusal.class)
                        .expectExceptionMessage(org.hamcrest.Matchers.startsWith("FreeTextNamesNoOne: The public summary"))
                        .expectNoEvents();
            }
        }

        @Test
        void an_untriaged_complaint_and_a_missing_summary_do_not_close() {
            fixture.given(filed(), acknowledged())
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.NO_VIOLATION_FOUND, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("NoClosingWithOpenAllegations: Triage the complaint before closing it.");
            given(investigated_case(), finding("a-1", Finding.SUSTAINED))
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, " ", CaseOutcome.VIOLATION_FOUND, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("NoClosingWithOpenAllegations: Write the public summary of the case.");
        }

        @Test
        void a_closed_case_changes_only_by_reopening() {
            Object[] closedCase = {filed(), acknowledged(), accepted(), assigned(), allegation("a-1"),
                    finding("a-1", Finding.SUSTAINED), closed(CaseOutcome.VIOLATION_FOUND)};
            fixture.given(closedCase)
                    .when(new RecordInvestigativeStepCommand(ID, INVESTIGATOR, "s-1", InvestigativeStepKind.INTERVIEW, NOTES, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("ClosedCaseChangesOnlyByReopening: The case is closed; reopen it before changing it.");
            fixture.given(closedCase)
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.VIOLATION_FOUND, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("ClosedCaseChangesOnlyByReopening"));
            fixture.given(closedCase)
                    .when(new ReopenComplaintCommand(ID, OMBUDSPERSON, REASON, NOW))
                    .expectEvents(new ComplaintReopenedEvent(ID, NOW, REASON, OMBUDSPERSON));
            given(closedCase, new ComplaintReopenedEvent(ID, NOW, REASON, OMBUDSPERSON))
                    .when(new RecordInvestigativeStepCommand(ID, INVESTIGATOR, "s-1", InvestigativeStepKind.INTERVIEW, NOTES, NOW))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void only_a_closed_case_is_reopened_by_the_ombudsperson() {
            fixture.given(investigated_case())
                    .when(new ReopenComplaintCommand(ID, OMBUDSPERSON, REASON, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("ReopenOnlyClosed: The case is not closed.");
            given(investigated_case(), finding("a-1", Finding.SUSTAINED), closed(CaseOutcome.VIOLATION_FOUND))
                    .when(new ReopenComplaintCommand(ID, AUDITOR, REASON, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OmbudspersonDecides"));
        }
    }

    @Nested
    class Withdrawal {
        @Test
        void a_complainant_withdraws_and_the_case_closes_as_withdrawn_with_open_allegations() {
            fixture.given(investigated_case())
                    .when(new WithdrawComplaintCommand(ID, INVESTIGATOR, NOW))
                    .expectEvents(new ComplaintWithdrawnEvent(ID, NOW, INVESTIGATOR));
            given(investigated_case(), new ComplaintWithdrawnEvent(ID, NOW, INVESTIGATOR))
                    .when(new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.WITHDRAWN, NOW))
                    .expectEvents(closed(CaseOutcome.WITHDRAWN));
        }

        @Test
        void a_withdrawn_complaint_is_not_investigated_further_or_withdrawn_twice() {
            ComplaintWithdrawnEvent withdrawn = new ComplaintWithdrawnEvent(ID, NOW, INVESTIGATOR);
            given(investigated_case(), withdrawn)
                    .when(new RecordInvestigativeStepCommand(ID, INVESTIGATOR, "s-1", InvestigativeStepKind.INTERVIEW, NOTES, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("NoInvestigationBeforeAcceptance: The complainant withdrew the complaint; close the case or reopen it.");
            given(investigated_case(), withdrawn)
                    .when(new WithdrawComplaintCommand(ID, INVESTIGATOR, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage("WithdrawalByTheComplainant: The complaint was already withdrawn.");
        }

        @Test
        void a_review_case_has_no_complainant_to_withdraw() {
            fixture.given(reviewOpened())
                    .when(new WithdrawComplaintCommand(ID, OMBUDSPERSON, NOW))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("WithdrawalByTheComplainant"));
        }
    }

    @Nested
    class Deadlines {
        /** Monday 23 Nov + 5 business days, skipping the weekend and the Thanksgiving holidays 26-27 Nov. */
        static final LocalDate ACK_DUE = LocalDate.of(2026, 12, 2);
        static final Instant ACK_PASSES = Instant.parse("2026-12-03T06:00:00Z"); // midnight in Chicago

        FileComplaintCommand fileCommand() {
            ComplaintFiledEvent event = filed();
            return new FileComplaintCommand(ID, NOW, event.narrative(), event.incidentDate(), null, event.departments(),
                    event.allegations(), event.channel(), event.language(), true, null, event.receipt());
        }

        @Test
        void filing_schedules_the_acknowledgement_deadline_in_business_days() {
            fixture.givenNoPriorActivity()
                    .when(fileCommand())
                    .expectEvents(filed())
                    .expectScheduledDeadline(ACK_PASSES, new DeadlinePassed(DeadlineKind.ACKNOWLEDGEMENT, null, null,
                            ACK_DUE, ACK_PASSES));
        }

        @Test
        void an_unacknowledged_complaint_raises_a_missed_deadline_once_the_due_day_ends() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(fileCommand())
                    .whenTimeAdvancesTo(ACK_PASSES)
                    .expectEvents(new DeadlineMissedEvent(ID, DeadlineKind.ACKNOWLEDGEMENT, null, null, ACK_DUE, ACK_PASSES));
        }

        @Test
        void an_acknowledgement_in_time_means_nothing_is_missed() {
            fixture.givenCurrentTime(NOW)
                    .andGivenCommands(fileCommand(), new AcknowledgeComplaintCommand(ID, OMBUDSPERSON, NOW))
                    .whenTimeAdvancesTo(ACK_PASSES.plus(Duration.ofDays(1)))
                    .expectNoEvents();
        }

        @Test
        void a_missed_department_due_date_raises_the_overdue_event() {
            Instant passes = REFERRAL_DUE.plusDays(1).atStartOfDay(ZONE).toInstant();
            fixture.givenCurrentTime(NOW)
                    .andGiven(investigated_case())
                    .andGivenCommands(new SendDepartmentReferralCommand(ID, INVESTIGATOR, "r-1", "police", QUESTIONS, NOW,
                            REFERRAL_DUE))
                    .whenTimeAdvancesTo(passes)
                    .expectEvents(new DeadlineMissedEvent(ID, DeadlineKind.DEPARTMENT_RESPONSE, "r-1", "police",
                            REFERRAL_DUE, passes));
        }

        @Test
        void a_department_that_answered_in_time_is_not_overdue() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(investigated_case())
                    .andGivenCommands(new SendDepartmentReferralCommand(ID, INVESTIGATOR, "r-1", "police", QUESTIONS, NOW,
                            REFERRAL_DUE), new RespondToReferralCommand(ID, POLICE_LIAISON, "r-1", RESPONSE, NOW))
                    .whenTimeAdvancesTo(REFERRAL_DUE.plusDays(2).atStartOfDay(ZONE).toInstant())
                    .expectNoEvents();
        }

        @Test
        void a_closed_case_misses_no_investigation_target() {
            fixture.givenCurrentTime(NOW)
                    .andGiven(filed(), acknowledged())
                    .andGivenCommands(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, NOW),
                            new CloseComplaintCommand(ID, OMBUDSPERSON, "Summary", CaseOutcome.NO_VIOLATION_FOUND, NOW))
                    .whenTimeAdvancesTo(Instant.parse("2027-06-01T00:00:00Z"))
                    .expectNoEvents();
            fixture.givenCurrentTime(NOW)
                    .andGiven(filed(), acknowledged())
                    .andGivenCommands(new TriageComplaintCommand(ID, OMBUDSPERSON, TriageDecision.ACCEPT, null, null, NOW))
                    .whenTimeAdvancesTo(Instant.parse("2027-06-01T00:00:00Z"))
                    .expectEvents(new DeadlineMissedEvent(ID, DeadlineKind.INVESTIGATION, null, null,
                            LocalDate.of(2027, 5, 22), LocalDate.of(2027, 5, 23).atStartOfDay(ZONE).toInstant()));
        }
    }
}
