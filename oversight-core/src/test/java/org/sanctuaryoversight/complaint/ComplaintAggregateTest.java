package org.sanctuaryoversight.complaint;

import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.sanctuaryoversight.complaint.intake.ApproximateDate;
import org.sanctuaryoversight.complaint.intake.FileComplaintCommand;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import java.time.Instant;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.privacy.Sealed;

class ComplaintAggregateTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final ReceiptCredential RECEIPT = new ReceiptCredential("digest", "$2a$04$hash");
    static final Sealed NARRATIVE = new Sealed("c-1", "Y2lwaGVydGV4dA==");

    AggregateTestFixture<ComplaintAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ComplaintAggregate.class);
    }

    static FileComplaintCommand file(boolean anonymous, Sealed contact, Set<AllegationCategory> allegations) {
        return new FileComplaintCommand("c-1", NOW, NARRATIVE, new ApproximateDate("2026-10"), null, Set.of("police"),
                allegations, IntakeChannel.WEB_FORM, "es", anonymous, contact, RECEIPT);
    }

    @Test
    void filing_a_complaint_records_it_with_its_statistical_fields_in_clear_and_personal_fields_sealed() {
        fixture.givenNoPriorActivity()
                .when(file(true, null, Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS)))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ComplaintFiledEvent("c-1", NOW, NARRATIVE, new ApproximateDate("2026-10"), null,
                        Set.of("police"), Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM,
                        "es", true, null, RECEIPT));
    }

    @Test
    void a_complaint_without_any_allegation_category_is_refused() {
        fixture.givenNoPriorActivity()
                .when(file(true, null, Set.of()))
                .expectException(Refusal.class)
                .expectNoEvents();
    }

    @Test
    void an_anonymous_complaint_never_carries_contact_details() {
        fixture.givenNoPriorActivity()
                .when(file(true, new Sealed("c-1", "Y29udGFjdA=="), Set.of(AllegationCategory.OTHER)))
                .expectException(Refusal.class)
                .expectExceptionMessage("FileComplaint: An anonymous complaint keeps no contact details.")
                .expectNoEvents();
    }

    @Test
    void the_office_can_open_a_review_case_without_a_resident_complaint() {
        OpenReviewCaseCommand open = new OpenReviewCaseCommand("case-9", NOW, "police", "FEDERAL_REQUEST_FLAGGED",
                "Complied with an administrative warrant only", "request-4");
        fixture.givenNoPriorActivity()
                .when(open)
                .expectEvents(new ReviewCaseOpenedEvent("case-9", NOW, "police", "FEDERAL_REQUEST_FLAGGED",
                        "Complied with an administrative warrant only", "request-4"));
    }

    @Test
    void a_review_case_reason_or_source_that_identifies_a_person_is_refused_because_it_outlives_shredding() {
        fixture.givenNoPriorActivity()
                .when(new OpenReviewCaseCommand("case-9", NOW, "police", "FEDERAL_REQUEST_FLAGGED",
                        "Held the man named Jorge past release", "request-4"))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("FreeTextNamesNoOne: The reason for the review case"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new OpenReviewCaseCommand("case-9", NOW, "police", "FEDERAL_REQUEST_FLAGGED",
                        "Complied with an administrative warrant only", "call back at 555-201-3344"))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("FreeTextNamesNoOne: The source of the review case"))
                .expectNoEvents();
    }

    @Test
    void a_review_case_needs_a_department_and_a_reason() {
        fixture.givenNoPriorActivity()
                .when(new OpenReviewCaseCommand("case-9", NOW, null, "FEDERAL_REQUEST_FLAGGED", "x", "r"))
                .expectException(Refusal.class)
                .expectNoEvents();
    }
}
