package org.sanctuaryoversight.complaint;

import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintAcknowledgedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintClosedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintTriagedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.InvestigatorAssignedEvent;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.complaint.casework.TriageDecision;
import org.sanctuaryoversight.complaint.identity.ComplainantIdentityViewedEvent;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.complaint.identity.RecordIdentityViewCommand;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * A complainant's contact details leave the complaint only with a recorded view: who, when and why. Only the people
 * who work the case may look; anonymous complaints and complaints without contact details have nothing to show.
 */
class ComplainantIdentityViewTest {

    static final String ID = CaseworkAggregateTest.ID;
    static final Instant NOW = CaseworkAggregateTest.NOW;
    static final Sealed CONTACT = new Sealed(ID, "Y29udGFjdA==");
    static final StaffMember OMBUDSPERSON = CaseworkAggregateTest.OMBUDSPERSON;
    static final StaffMember INVESTIGATOR = CaseworkAggregateTest.INVESTIGATOR;
    static final StaffMember OTHER_INVESTIGATOR = CaseworkAggregateTest.OTHER_INVESTIGATOR;

    AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
        fixture.registerInjectableResource(CaseworkAggregateTest.DEADLINES);
    }

    static ComplaintFiledEvent filedWith(boolean anonymous, Sealed contact) {
        return new ComplaintFiledEvent(ID, NOW, new Sealed(ID, "bmFycmF0aXZl"), null, null, Set.of("police"),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", anonymous, contact,
                new ReceiptCredential("digest", "$2a$04$hash"));
    }

    static RecordIdentityViewCommand view(StaffMember viewer, IdentityViewPurpose purpose, String note) {
        return new RecordIdentityViewCommand(ID, viewer, purpose, note, NOW);
    }

    static InvestigatorAssignedEvent assigned() {
        return new InvestigatorAssignedEvent(ID, INVESTIGATOR, NOW, OMBUDSPERSON);
    }

    @Test
    void the_assigned_investigator_with_a_reason_is_shown_the_sealed_contact_and_the_view_is_recorded() {
        fixture.given(filedWith(false, CONTACT), assigned())
                .when(view(INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, "  Arrange an interview.  "))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(CONTACT)
                .expectEvents(new ComplainantIdentityViewedEvent(ID, "u-inv", "Investigator", StaffRole.INVESTIGATOR,
                        NOW, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Arrange an interview."));
    }

    @Test
    void a_file_the_complainant_sent_is_opened_only_with_a_recorded_view_by_the_people_who_work_the_case() {
        ComplaintFiledEvent withFile = new ComplaintFiledEvent(ID, NOW, new Sealed(ID, "bmFycmF0aXZl"), null, null,
                Set.of("police"), Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null,
                new ReceiptCredential("digest", "$2a$04$hash"),
                java.util.List.of(new AttachmentReference("file-1", AttachmentType.JPEG, 1234, null)));
        // even an anonymous complaint's files: they are the complainant's personal data all the same
        fixture.given(withFile, assigned())
                .when(new RecordIdentityViewCommand(ID, INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE,
                        " Look at the photo of the letter. ", NOW, "file-1"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ComplainantIdentityViewedEvent(ID, "u-inv", "Investigator", StaffRole.INVESTIGATOR,
                        NOW, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Look at the photo of the letter.", "file-1"));
        fixture.given(withFile, assigned())
                .when(new RecordIdentityViewCommand(ID, INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE,
                        "Another file.", NOW, "file-2"))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyFilesSentWithTheComplaint"))
                .expectNoEvents();
        fixture.given(withFile)
                .when(new RecordIdentityViewCommand(ID, CaseworkAggregateTest.AUDITOR, IdentityViewPurpose.CONTACT_ABOUT_CASE,
                        "Audit.", NOW, "file-1"))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyTheCaseWorkers"))
                .expectNoEvents();
        fixture.given(withFile, assigned())
                .when(new RecordIdentityViewCommand(ID, INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, " ", NOW,
                        "file-1"))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void the_ombudsperson_may_look_also_after_closure_for_a_legal_requirement() {
        fixture.given(filedWith(false, CONTACT), new ComplaintAcknowledgedEvent(ID, NOW, OMBUDSPERSON),
                        new ComplaintTriagedEvent(ID, TriageDecision.NO_JURISDICTION, null, null, NOW, OMBUDSPERSON, null),
                        new ComplaintClosedEvent(ID, NOW, CaseOutcome.NO_JURISDICTION, "Outside the ordinance.", OMBUDSPERSON))
                .when(view(OMBUDSPERSON, IdentityViewPurpose.LEGAL_REQUIREMENT, "Court order 2026-114."))
                .expectResultMessagePayload(CONTACT)
                .expectEvents(new ComplainantIdentityViewedEvent(ID, "u-omb", "Ombudsperson", StaffRole.OMBUDSPERSON,
                        NOW, IdentityViewPurpose.LEGAL_REQUIREMENT, "Court order 2026-114."));
    }

    @Test
    void auditors_administrators_and_liaisons_never_see_who_complained() {
        for (StaffMember viewer : new StaffMember[] {CaseworkAggregateTest.AUDITOR, CaseworkAggregateTest.POLICE_LIAISON,
                new StaffMember("u-adm", "Admin", StaffRole.ADMIN, null)}) {
            fixture.given(filedWith(false, CONTACT))
                    .when(view(viewer, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Curious."))
                    .expectException(Refusal.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyTheCaseWorkers"))
                    .expectNoEvents();
        }
    }

    @Test
    void once_a_case_is_assigned_only_its_investigator_among_investigators_may_look() {
        fixture.given(filedWith(false, CONTACT), new InvestigatorAssignedEvent(ID, INVESTIGATOR, NOW, OMBUDSPERSON))
                .when(view(OTHER_INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Covering for a colleague."))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    /** Security review, high 1: before assignment, the ombudsperson only. */
    @Test
    void before_an_investigator_is_assigned_no_investigator_may_look() {
        fixture.given(filedWith(false, CONTACT))
                .when(view(INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Arrange an interview."))
                .expectException(Refusal.class)
                .expectExceptionMessage("OnlyTheCaseWorkers: Only the ombudsperson works a case before an investigator is assigned to it.")
                .expectNoEvents();
    }

    @Test
    void an_access_note_that_identifies_a_person_is_refused_because_the_log_outlives_shredding() {
        fixture.given(filedWith(false, CONTACT), assigned())
                .when(view(INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Call her back on 555-123-4567"))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("FreeTextNamesNoOne: The note"))
                .expectNoEvents();
    }

    @Test
    void a_view_needs_a_purpose_and_a_note() {
        fixture.given(filedWith(false, CONTACT), assigned())
                .when(view(INVESTIGATOR, null, "Arrange an interview."))
                .expectException(Refusal.class)
                .expectExceptionMessage("EveryViewHasAReason: Choose why you need to see it.")
                .expectNoEvents();
        fixture.given(filedWith(false, CONTACT), assigned())
                .when(view(INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, "   "))
                .expectException(Refusal.class)
                .expectExceptionMessage("EveryViewHasAReason: Say in a few words why you need to see it.")
                .expectNoEvents();
        fixture.given(filedWith(false, CONTACT), assigned())
                .when(view(INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, "x".repeat(1_001)))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void anonymous_complaints_complaints_without_contact_and_office_reviews_have_nothing_to_show() {
        fixture.given(filedWith(true, null))
                .when(view(OMBUDSPERSON, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Reply to them."))
                .expectException(Refusal.class)
                .expectExceptionMessage("OnlyGivenContactDetailsAreShown: The complainant chose to stay anonymous.")
                .expectNoEvents();
        fixture.given(filedWith(false, null))
                .when(view(OMBUDSPERSON, IdentityViewPurpose.CONTACT_ABOUT_CASE, "Reply to them."))
                .expectException(Refusal.class)
                .expectExceptionMessage("OnlyGivenContactDetailsAreShown: The complainant gave no contact details.")
                .expectNoEvents();
        fixture.given(CaseworkAggregateTest.reviewOpened())
                .when(view(OMBUDSPERSON, IdentityViewPurpose.LEGAL_REQUIREMENT, "Records request."))
                .expectException(Refusal.class)
                .expectNoEvents();
    }
}
