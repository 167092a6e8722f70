package org.sanctuaryoversight.federalrequest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

class FederalRequestAggregateTest {

    static final Instant RECEIVED = Instant.parse("2026-03-31T23:30:00Z");
    static final Instant DOCUMENTED = RECEIVED.plus(Duration.ofHours(3));
    static final StaffMember LIAISON = new StaffMember("u-liaison", "Lee Liaison", StaffRole.DEPARTMENT_LIAISON, "sheriff");
    static final StaffMember OTHER_LIAISON = new StaffMember("u-other", "Pat", StaffRole.DEPARTMENT_LIAISON, "schools");
    static final StaffMember OMBUDSPERSON = new StaffMember("u-omb", "Olga", StaffRole.OMBUDSPERSON, null);
    static final StaffMember AUDITOR = new StaffMember("u-aud", "Ann", StaffRole.AUDITOR, null);

    AggregateTestFixture<FederalRequestAggregate> fixture;
    final FederalRequestCompliancePolicy policy = new FederalRequestCompliancePolicy(5);

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(FederalRequestAggregate.class);
        fixture.registerInjectableResource(policy);
    }

    static FederalRequestFacts facts(LegalDocument document, FederalRequestResponse response) {
        return new FederalRequestFacts("sheriff", RECEIVED, FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                List.of(RequestType.RELEASE_DATE_NOTIFICATION), document, response, "Asked for a release date",
                "Internal justification");
    }

    static FederalRequestDocumentedEvent documented(FederalRequestFacts facts) {
        return new FederalRequestDocumentedEvent("fr-1", facts, DOCUMENTED, LIAISON.userId());
    }

    static FederalRequestFlaggedEvent flagged(FederalRequestFacts facts, Instant at, Instant documentedAt,
                                              List<ComplianceFlag> flags) {
        return new FederalRequestFlaggedEvent("fr-1", "sheriff", at, flags, "review-fr-1", facts.receivedAt(),
                documentedAt, facts.requestTypes(), facts.legalDocument(), facts.response());
    }

    @Test
    void complying_on_an_administrative_warrant_is_documented_and_flagged_with_the_ordinance_reason() {
        FederalRequestFacts facts = facts(LegalDocument.ADMINISTRATIVE_WARRANT, FederalRequestResponse.COMPLIED);
        fixture.givenNoPriorActivity()
                .when(new DocumentFederalRequestCommand("fr-1", facts, DOCUMENTED, LIAISON))
                .expectSuccessfulHandlerExecution()
                .expectEvents(documented(facts), flagged(facts, DOCUMENTED, DOCUMENTED, policy.evaluate(facts, DOCUMENTED)));
    }

    @Test
    void declining_in_time_is_documented_without_a_flag() {
        FederalRequestFacts facts = facts(LegalDocument.ADMINISTRATIVE_WARRANT, FederalRequestResponse.DECLINED);
        fixture.givenNoPriorActivity()
                .when(new DocumentFederalRequestCommand("fr-1", facts, DOCUMENTED, LIAISON))
                .expectEvents(documented(facts));
    }

    @Test
    void documenting_late_is_flagged() {
        FederalRequestFacts facts = facts(LegalDocument.NONE, FederalRequestResponse.DECLINED);
        Instant late = RECEIVED.plus(Duration.ofDays(9));
        fixture.givenNoPriorActivity()
                .when(new DocumentFederalRequestCommand("fr-1", facts, late, LIAISON))
                .expectEvents(new FederalRequestDocumentedEvent("fr-1", facts, late, LIAISON.userId()),
                        flagged(facts, late, late, policy.evaluate(facts, late)));
    }

    @Test
    void a_liaison_cannot_document_for_another_department() {
        fixture.givenNoPriorActivity()
                .when(new DocumentFederalRequestCommand("fr-1", facts(LegalDocument.NONE,
                        FederalRequestResponse.DECLINED), DOCUMENTED, OTHER_LIAISON))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyTheDepartmentAndTheOffice"))
                .expectNoEvents();
    }

    @Test
    void an_amendment_keeps_the_reason_and_flags_what_the_correction_reveals() {
        FederalRequestFacts original = facts(LegalDocument.NONE, FederalRequestResponse.PENDING);
        FederalRequestFacts corrected = facts(LegalDocument.NONE, FederalRequestResponse.COMPLIED);
        Instant amendedAt = DOCUMENTED.plus(Duration.ofDays(1));
        fixture.given(documented(original))
                .when(new AmendFederalRequestCommand("fr-1", corrected, "The release date was sent after all",
                        amendedAt, LIAISON))
                .expectEvents(new FederalRequestAmendedEvent("fr-1", corrected, "The release date was sent after all",
                                amendedAt, LIAISON.userId()),
                        flagged(corrected, amendedAt, DOCUMENTED, policy.evaluate(corrected, DOCUMENTED)));
    }

    @Test
    void an_amendment_does_not_raise_the_same_flag_twice() {
        FederalRequestFacts facts = facts(LegalDocument.NONE, FederalRequestResponse.COMPLIED);
        fixture.given(documented(facts), flagged(facts, DOCUMENTED, DOCUMENTED, policy.evaluate(facts, DOCUMENTED)))
                .when(new AmendFederalRequestCommand("fr-1", facts, "Typo in the description", DOCUMENTED, LIAISON))
                .expectEvents(new FederalRequestAmendedEvent("fr-1", facts, "Typo in the description", DOCUMENTED,
                        LIAISON.userId()));
    }

    @Test
    void an_amendment_needs_a_reason() {
        FederalRequestFacts facts = facts(LegalDocument.NONE, FederalRequestResponse.DECLINED);
        fixture.given(documented(facts))
                .when(new AmendFederalRequestCommand("fr-1", facts, " ", DOCUMENTED, LIAISON))
                .expectException(Refusal.class);
    }

    @Test
    void the_ombudsperson_approves_a_public_record_of_closed_vocabularies_the_month_and_the_summary_only() {
        FederalRequestFacts facts = facts(LegalDocument.ADMINISTRATIVE_WARRANT, FederalRequestResponse.COMPLIED);
        Instant approvedAt = DOCUMENTED.plus(Duration.ofDays(2));
        fixture.given(documented(facts))
                .when(new ApproveFederalRequestPublicSummaryCommand("fr-1", "  ICE asked for a release date.  ",
                        approvedAt, OMBUDSPERSON, ZoneId.of("America/Los_Angeles")))
                .expectEvents(new FederalRequestPublicSummaryApprovedEvent("fr-1", new PublicRecord("sheriff",
                        "2026-03", FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                        List.of(RequestType.RELEASE_DATE_NOTIFICATION), LegalDocument.ADMINISTRATIVE_WARRANT,
                        FederalRequestResponse.COMPLIED, "ICE asked for a release date."), approvedAt, "u-omb"));
    }

    @Test
    void only_the_ombudsperson_approves() {
        fixture.given(documented(facts(LegalDocument.NONE, FederalRequestResponse.DECLINED)))
                .when(new ApproveFederalRequestPublicSummaryCommand("fr-1", "Summary", DOCUMENTED, AUDITOR,
                        ZoneId.of("UTC")))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OmbudspersonApprovesPublicRecords"))
                .expectNoEvents();
    }

    // ---- documents sent with a request, and who opens them

    static final AttachmentReference DETAINER_COPY = new AttachmentReference("doc-1", AttachmentType.PDF, 2048,
            new Sealed("federal-request:fr-1", "c2VhbGVk"));

    static FederalRequestDocumentsAttachedEvent attached(Instant at) {
        return new FederalRequestDocumentsAttachedEvent("fr-1", List.of(DETAINER_COPY), at, LIAISON.userId());
    }

    @Test
    void documents_sent_with_the_record_are_attached_when_it_is_documented() {
        FederalRequestFacts facts = facts(LegalDocument.DETAINER, FederalRequestResponse.DECLINED);
        fixture.givenNoPriorActivity()
                .when(new DocumentFederalRequestCommand("fr-1", facts, DOCUMENTED, LIAISON, List.of(DETAINER_COPY)))
                .expectEvents(documented(facts), attached(DOCUMENTED));
    }

    @Test
    void a_correction_may_attach_more_documents() {
        FederalRequestFacts facts = facts(LegalDocument.DETAINER, FederalRequestResponse.DECLINED);
        Instant later = DOCUMENTED.plus(Duration.ofHours(1));
        fixture.given(documented(facts))
                .when(new AmendFederalRequestCommand("fr-1", facts, "The detainer copy arrived", later, LIAISON,
                        List.of(DETAINER_COPY)))
                .expectEvents(new FederalRequestAmendedEvent("fr-1", facts, "The detainer copy arrived", later,
                        LIAISON.userId()), attached(later));
    }

    @Test
    void a_record_stays_with_the_department_that_documented_it() {
        FederalRequestFacts facts = facts(LegalDocument.NONE, FederalRequestResponse.DECLINED);
        FederalRequestFacts moved = new FederalRequestFacts("schools", facts.receivedAt(), facts.agency(),
                facts.channel(), facts.requestTypes(), facts.legalDocument(), facts.response(), facts.description(),
                facts.justification());
        fixture.given(documented(facts))
                .when(new AmendFederalRequestCommand("fr-1", moved, "Wrong department", DOCUMENTED, OMBUDSPERSON))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("RecordStaysWithItsDepartment"))
                .expectNoEvents();
    }

    @Test
    void the_ombudsperson_opens_a_document_for_a_stated_reason_and_the_opening_is_recorded_first() {
        FederalRequestFacts facts = facts(LegalDocument.DETAINER, FederalRequestResponse.COMPLIED);
        Instant at = DOCUMENTED.plus(Duration.ofDays(1));
        fixture.given(documented(facts), attached(DOCUMENTED))
                .when(new OpenFederalRequestDocumentCommand("fr-1", "doc-1", OMBUDSPERSON, at,
                        DocumentPurpose.REVIEW_THE_REQUEST, "  Check the detainer for a judge's signature "))
                .expectEvents(new FederalRequestDocumentOpenedEvent("fr-1", "doc-1", "u-omb", "Olga",
                        StaffRole.OMBUDSPERSON, at, DocumentPurpose.REVIEW_THE_REQUEST,
                        "Check the detainer for a judge's signature"));
    }

    @Test
    void another_departments_liaison_never_opens_the_documents() {
        fixture.given(documented(facts(LegalDocument.DETAINER, FederalRequestResponse.COMPLIED)), attached(DOCUMENTED))
                .when(new OpenFederalRequestDocumentCommand("fr-1", "doc-1", OTHER_LIAISON, DOCUMENTED,
                        DocumentPurpose.CORRECT_THE_RECORD, "Curious"))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyTheDepartmentAndTheOffice"))
                .expectNoEvents();
    }

    @Test
    void an_opening_without_a_note_or_of_another_document_records_nothing() {
        fixture.given(documented(facts(LegalDocument.DETAINER, FederalRequestResponse.COMPLIED)), attached(DOCUMENTED))
                .when(new OpenFederalRequestDocumentCommand("fr-1", "doc-1", LIAISON, DOCUMENTED,
                        DocumentPurpose.CORRECT_THE_RECORD, " "))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("EveryOpeningHasAReason"))
                .expectNoEvents();
        fixture.given(documented(facts(LegalDocument.DETAINER, FederalRequestResponse.COMPLIED)), attached(DOCUMENTED))
                .when(new OpenFederalRequestDocumentCommand("fr-1", "doc-9", LIAISON, DOCUMENTED,
                        DocumentPurpose.CORRECT_THE_RECORD, "Checking"))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("OnlyDocumentsOfThisRequest"))
                .expectNoEvents();
    }

    @Test
    void a_public_summary_that_names_the_person_is_refused() {
        fixture.given(documented(facts(LegalDocument.NONE, FederalRequestResponse.DECLINED)))
                .when(new ApproveFederalRequestPublicSummaryCommand("fr-1", "ICE asked about A123456789.", DOCUMENTED,
                        OMBUDSPERSON, ZoneId.of("UTC")))
                .expectException(Refusal.class)
                .expectExceptionMessage(org.hamcrest.Matchers.startsWith("PublicSummaryNamesNoOne"))
                .expectNoEvents();
    }
}
