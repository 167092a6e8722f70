package org.sanctuaryoversight.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintAcknowledgedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintClosedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.ComplaintReopenedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.DepartmentReferralSentEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.DepartmentRespondedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.RecommendationAnsweredEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.RecommendationMadeEvent;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.identity.ComplainantIdentityViewedEvent;
import org.sanctuaryoversight.complaint.identity.IdentityViewPurpose;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.RecommendationAnswer;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestAmendedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestDocumentedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestFlaggedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.AllegationRecordedEvent;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents.FindingRecordedEvent;
import org.sanctuaryoversight.complaint.casework.Finding;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.report.ledger.ComplaintFacts;
import org.sanctuaryoversight.report.ledger.FederalRequestLedgerEntry;
import org.sanctuaryoversight.report.ledger.FindingFacts;
import org.sanctuaryoversight.report.ledger.IdentityViewFacts;
import org.sanctuaryoversight.report.ledger.InMemoryReportLedger;
import org.sanctuaryoversight.report.ledger.ReportingCalendar;
import org.sanctuaryoversight.report.publication.ReportCompiler;
import org.sanctuaryoversight.report.publication.ReportDraft;
import org.sanctuaryoversight.report.tables.DisclosureControl;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/**
 * The ledger is fed by the real casework and registry events: each adapter lands its fact, a
 * redelivered event changes nothing, and a reset followed by a replay gives the same ledger.
 */
class ReportLedgerProjectionTest {

    private static final StaffMember OMBUD = new StaffMember("ombud-1", "Ombud", StaffRole.OMBUDSPERSON, null);
    private static final Instant FILED = Instant.parse("2025-02-03T10:00:00Z");

    private final InMemoryReportLedger ledger = new InMemoryReportLedger();
    private final ReportLedgerProjection projection = new ReportLedgerProjection(ledger);

    @Test
    void casework_events_land_on_the_complaint_record() {
        caseworkHistory().forEach(this::deliver);

        ComplaintFacts facts = ledger.complaint("c-1").orElseThrow();
        assertThat(facts.acknowledgedAt()).isEqualTo(FILED.plusSeconds(3600));
        assertThat(facts.referrals()).singleElement().satisfies(referral -> {
            assertThat(referral.department()).isEqualTo("POLICE");
            assertThat(referral.dueDate()).isEqualTo(LocalDate.parse("2025-03-10"));
            assertThat(referral.respondedOnTime()).isTrue();
        });
        assertThat(facts.recommendations()).singleElement().satisfies(recommendation -> {
            assertThat(recommendation.department()).isEqualTo("POLICE");
            assertThat(recommendation.answer()).isEqualTo("ACCEPTED");
        });
        assertThat(facts.closedAt()).isEqualTo(Instant.parse("2025-03-20T09:00:00Z"));
        assertThat(facts.outcome()).isEqualTo("VIOLATION_FOUND");
    }

    @Test
    void reopening_clears_the_closure() {
        caseworkHistory().forEach(this::deliver);
        deliver(new ComplaintReopenedEvent("c-1", Instant.parse("2025-03-25T09:00:00Z"), null, OMBUD));

        ComplaintFacts facts = ledger.complaint("c-1").orElseThrow();
        assertThat(facts.closedAt()).isNull();
        assertThat(facts.outcome()).isNull();
    }

    @Test
    void federal_requests_keep_their_documentation_time_through_an_amendment_and_stay_flagged() {
        Instant documented = Instant.parse("2025-02-10T12:00:00Z");
        deliver(new FederalRequestDocumentedEvent("fr-1", facts(List.of(RequestType.DETAINER_HOLD),
                FederalRequestResponse.COMPLIED), documented, "liaison-1"));
        deliver(new FederalRequestFlaggedEvent("fr-1", "SHERIFF", documented, List.of(), "case-9", documented,
                documented, List.of(RequestType.DETAINER_HOLD), LegalDocument.DETAINER, FederalRequestResponse.COMPLIED));
        deliver(new FederalRequestAmendedEvent("fr-1", facts(List.of(RequestType.RELEASE_DATE_NOTIFICATION,
                RequestType.DETAINER_HOLD), FederalRequestResponse.DECLINED), "typo", documented.plusSeconds(86_400),
                "liaison-1"));

        FederalRequestLedgerEntry facts = ledger.federalRequest("fr-1").orElseThrow();
        assertThat(facts.documentedAt()).isEqualTo(documented);
        assertThat(facts.flagged()).isTrue();
        assertThat(facts.response()).isEqualTo("DECLINED");
        assertThat(facts.requestType()).isEqualTo("DETAINER_HOLD+RELEASE_DATE_NOTIFICATION");
        assertThat(facts.legalDocument()).isEqualTo("DETAINER");
        assertThat(facts.receivedAt()).as("the receipt time decides the period").isEqualTo(Instant.parse("2025-02-09T12:00:00Z"));
        assertThat(facts.helpedWithoutJudicialWarrant()).as("declined after the amendment").isFalse();
    }

    @Test
    void help_without_a_judicial_warrant_is_recorded_as_the_domain_defines_it() {
        Instant documented = Instant.parse("2025-02-10T12:00:00Z");
        deliver(new FederalRequestDocumentedEvent("fr-2", facts(List.of(RequestType.DETAINER_HOLD),
                FederalRequestResponse.PARTIALLY_COMPLIED), documented, "liaison-1"));
        assertThat(ledger.federalRequest("fr-2").orElseThrow().helpedWithoutJudicialWarrant()).isTrue();
    }

    @Test
    void allegations_against_a_department_carry_their_findings() {
        caseworkHistory().forEach(this::deliver);
        deliver(new AllegationRecordedEvent("c-1", "a-1", AllegationCategory.SHARING_PERSONAL_INFORMATION, "POLICE",
                Instant.parse("2025-02-09T09:00:00Z"), OMBUD));
        deliver(new FindingRecordedEvent("c-1", "a-1", Finding.SUSTAINED, Instant.parse("2025-03-18T09:00:00Z"), OMBUD));
        deliver(new FindingRecordedEvent("c-1", "a-1", Finding.SUSTAINED, Instant.parse("2025-03-18T09:00:00Z"), OMBUD));

        assertThat(ledger.complaint("c-1").orElseThrow().findings()).singleElement().isEqualTo(new FindingFacts("a-1",
                "POLICE", "SUSTAINED", Instant.parse("2025-03-18T09:00:00Z")));
    }

    @Test
    void redelivery_changes_nothing_and_a_replay_after_reset_gives_the_same_ledger() {
        caseworkHistory().forEach(this::deliver);
        List<ComplaintFacts> once = ledger.complaints();

        caseworkHistory().forEach(this::deliver);
        assertThat(ledger.complaints()).isEqualTo(once);

        projection.reset();
        assertThat(ledger.complaints()).isEmpty();
        caseworkHistory().forEach(this::deliver);
        assertThat(ledger.complaints()).isEqualTo(once);
    }

    @Test
    void an_event_for_a_complaint_the_ledger_has_not_seen_is_ignored() {
        deliver(new ComplaintAcknowledgedEvent("unknown", FILED, OMBUD));
        assertThat(ledger.complaints()).isEmpty();
    }

    @Test
    void staff_views_of_a_complainants_identity_are_counted_in_the_period_of_the_view_by_purpose() {
        caseworkHistory().forEach(this::deliver);
        // period 1 is 2025-01-01 to 2025-03-31; the last view falls in period 2
        projection.on(viewed("2025-02-10T09:00:00Z", IdentityViewPurpose.CONTACT_ABOUT_CASE), 8);
        projection.on(viewed("2025-03-01T09:00:00Z", IdentityViewPurpose.CONTACT_ABOUT_CASE), 9);
        projection.on(viewed("2025-03-02T09:00:00Z", IdentityViewPurpose.LEGAL_REQUIREMENT), 10);
        projection.on(viewed("2025-04-02T09:00:00Z", IdentityViewPurpose.CONTACT_ABOUT_CASE), 11);
        projection.on(viewed("2025-03-02T09:00:00Z", IdentityViewPurpose.LEGAL_REQUIREMENT), 10); // redelivered

        ReportCompiler compiler = new ReportCompiler(new ReportingCalendar(LocalDate.parse("2025-01-01"), 90),
                new DisclosureControl(10, 2));
        PublishedTable first = table(compiler.draft(1, ledger.complaints(), ledger.federalRequests(),
                ledger.identityViews(), List.of()), "staff_identity_views");
        assertThat(first.disclosureControlled()).isFalse();
        assertThat(first.row("CONTACT_ABOUT_CASE").figures().get(0).value()).isEqualTo(2L);
        assertThat(first.row("LEGAL_REQUIREMENT").figures().get(0).value()).isEqualTo(1L);
        assertThat(first.row("COMPLAINANT_REQUEST").figures().get(0).value()).isZero();
        assertThat(first.row(PublishedTable.TOTAL).figures().get(0).value()).isEqualTo(3L);
        PublishedTable second = table(compiler.draft(2, ledger.complaints(), ledger.federalRequests(),
                ledger.identityViews(), List.of()), "staff_identity_views");
        assertThat(second.row(PublishedTable.TOTAL).figures().get(0).value()).isEqualTo(1L);

        // rebuilt from the log after a reset: the same figures
        projection.reset();
        assertThat(ledger.identityViews()).isEmpty();
        projection.on(viewed("2025-04-02T09:00:00Z", IdentityViewPurpose.CONTACT_ABOUT_CASE), 11);
        assertThat(ledger.identityViews()).singleElement()
                .isEqualTo(new IdentityViewFacts("c-1:11", Instant.parse("2025-04-02T09:00:00Z"), "CONTACT_ABOUT_CASE"));
    }

    private static ComplainantIdentityViewedEvent viewed(String at, IdentityViewPurpose purpose) {
        return new ComplainantIdentityViewedEvent("c-1", "inv-1", "Investigator", StaffRole.INVESTIGATOR,
                Instant.parse(at), purpose, "Arrange an interview.");
    }

    private static PublishedTable table(ReportDraft draft, String id) {
        return draft.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<Object> caseworkHistory() {
        return List.of(
                new ComplaintFiledEvent("c-1", FILED, null, null, null, Set.of("POLICE"),
                        Set.of(AllegationCategory.SHARING_PERSONAL_INFORMATION), IntakeChannel.WEB_FORM, "es", true,
                        null, null),
                new ComplaintAcknowledgedEvent("c-1", FILED.plusSeconds(3600), OMBUD),
                new DepartmentReferralSentEvent("c-1", "r-1", "POLICE", Instant.parse("2025-02-08T09:00:00Z"),
                        LocalDate.parse("2025-03-10"), null, OMBUD),
                new DepartmentRespondedEvent("c-1", "r-1", "POLICE", Instant.parse("2025-03-01T09:00:00Z"), null, OMBUD),
                new RecommendationMadeEvent("c-1", "rec-1", "POLICE", "Train staff on the ordinance.",
                        Instant.parse("2025-03-05T09:00:00Z"), OMBUD),
                new RecommendationAnsweredEvent("c-1", "rec-1", "POLICE", RecommendationAnswer.ACCEPTED,
                        Instant.parse("2025-03-15T09:00:00Z"), OMBUD),
                new ComplaintClosedEvent("c-1", Instant.parse("2025-03-20T09:00:00Z"), CaseOutcome.VIOLATION_FOUND,
                        "The department shared information it should not have.", OMBUD));
    }

    private static org.sanctuaryoversight.federalrequest.FederalRequestFacts facts(List<RequestType> types,
                                                                                   FederalRequestResponse response) {
        return new org.sanctuaryoversight.federalrequest.FederalRequestFacts("SHERIFF",
                Instant.parse("2025-02-09T12:00:00Z"), FederalAgency.ICE_ERO, RequestChannel.EMAIL, types,
                LegalDocument.DETAINER, response, "Asked to hold a person.", "Policy requires a judicial warrant.");
    }

    private void deliver(Object event) {
        if (event instanceof ComplaintFiledEvent e) projection.on(e);
        else if (event instanceof ComplaintAcknowledgedEvent e) projection.on(e);
        else if (event instanceof DepartmentReferralSentEvent e) projection.on(e);
        else if (event instanceof DepartmentRespondedEvent e) projection.on(e);
        else if (event instanceof RecommendationMadeEvent e) projection.on(e);
        else if (event instanceof RecommendationAnsweredEvent e) projection.on(e);
        else if (event instanceof ComplaintClosedEvent e) projection.on(e);
        else if (event instanceof AllegationRecordedEvent e) projection.on(e);
        else if (event instanceof FindingRecordedEvent e) projection.on(e);
        else if (event instanceof ComplaintReopenedEvent e) projection.on(e);
        else if (event instanceof FederalRequestDocumentedEvent e) projection.on(e);
        else if (event instanceof FederalRequestAmendedEvent e) projection.on(e);
        else if (event instanceof FederalRequestFlaggedEvent e) projection.on(e);
        else throw new IllegalArgumentException("no adapter for " + event);
    }
}
