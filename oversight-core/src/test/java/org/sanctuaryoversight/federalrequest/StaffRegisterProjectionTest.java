package org.sanctuaryoversight.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.attachment.AttachmentReference;
import org.sanctuaryoversight.complaint.attachment.AttachmentType;
import org.sanctuaryoversight.federalrequest.StaffRegisterQueries.*;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.support.InMemoryMongo;

/**
 * The staff register holds every documented request with its flags, corrections, documents and approval; says which
 * await the office; filters and pages; ignores redelivery; and rebuilds the same after a reset.
 */
class StaffRegisterProjectionTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final Instant T = Instant.parse("2026-04-01T10:00:00Z");

    StaffRegisterProjection projection;

    @BeforeEach
    void setUp() {
        projection = new StaffRegisterProjection(MONGO.freshDatabase());
    }

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    static FederalRequestFacts facts(String department, FederalRequestResponse response) {
        return new FederalRequestFacts(department, T.minusSeconds(7200), FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                List.of(RequestType.DETAINER_HOLD), LegalDocument.DETAINER, response, "Asked for a hold", "Policy");
    }

    void history() {
        projection.on(new FederalRequestDocumentedEvent("a", facts("sheriff", FederalRequestResponse.COMPLIED), T,
                "u-lee"), 0);
        projection.on(new FederalRequestDocumentsAttachedEvent("a", List.of(new AttachmentReference("doc-1",
                AttachmentType.PDF, 1200, new Sealed("federal-request:a", "bmFtZQ=="))), T, "u-lee"), 1);
        projection.on(new FederalRequestFlaggedEvent("a", "sheriff", T, List.of(new ComplianceFlag(
                "DETAINER_WITHOUT_JUDICIAL_WARRANT", "Clause", "Reason")), "review-a", T.minusSeconds(7200), T,
                List.of(RequestType.DETAINER_HOLD), LegalDocument.DETAINER, FederalRequestResponse.COMPLIED), 2);
        projection.on(new FederalRequestDocumentedEvent("b", facts("police", FederalRequestResponse.DECLINED),
                T.plusSeconds(60), "u-pat"), 0);
        projection.on(new FederalRequestPublicSummaryApprovedEvent("b", new PublicRecord("police", "2026-04",
                FederalAgency.ICE_ERO, RequestChannel.EMAIL, List.of(RequestType.DETAINER_HOLD), LegalDocument.DETAINER,
                FederalRequestResponse.DECLINED, "Declined."), T.plusSeconds(120), "u-olga"), 1);
    }

    @Test
    void a_record_shows_its_facts_flags_documents_and_whether_it_awaits_the_office() {
        history();
        StaffRecord a = projection.handle(new FindStaffRecordQuery("a")).orElseThrow();
        assertThat(a.facts()).isEqualTo(facts("sheriff", FederalRequestResponse.COMPLIED));
        assertThat(a.flags()).extracting(ComplianceFlag::rule).containsExactly("DETAINER_WITHOUT_JUDICIAL_WARRANT");
        assertThat(a.reviewCaseId()).isEqualTo("review-a");
        assertThat(a.documents()).singleElement().satisfies(d -> {
            assertThat(d.attachmentId()).isEqualTo("doc-1");
            assertThat(d.fileName()).isEqualTo(new Sealed("federal-request:a", "bmFtZQ=="));
        });
        assertThat(a.awaitingApproval()).isTrue();
        StaffRecord b = projection.handle(new FindStaffRecordQuery("b")).orElseThrow();
        assertThat(b.awaitingApproval()).isFalse();
        assertThat(b.approval().publicSummary()).isEqualTo("Declined.");
        assertThat(projection.handle(new FindStaffRecordQuery("nope"))).isEmpty();
    }

    @Test
    void a_correction_is_kept_with_what_it_changed_and_puts_an_approved_record_back_before_the_office() {
        history();
        projection.on(new FederalRequestAmendedEvent("b", facts("police", FederalRequestResponse.COMPLIED),
                "The release date was sent after all", T.plusSeconds(300), "u-pat"), 2);
        StaffRecord b = projection.handle(new FindStaffRecordQuery("b")).orElseThrow();
        assertThat(b.amendments()).singleElement().satisfies(amendment -> {
            assertThat(amendment.reason()).isEqualTo("The release date was sent after all");
            assertThat(amendment.changed()).containsExactly("response");
            assertThat(amendment.amendedBy()).isEqualTo("u-pat");
        });
        assertThat(b.facts().response()).isEqualTo(FederalRequestResponse.COMPLIED);
        assertThat(b.changedSinceApproval()).isTrue();
        assertThat(b.awaitingApproval()).isTrue();
    }

    @Test
    void the_list_is_newest_first_and_filters_by_department_flag_and_approval() {
        history();
        assertThat(projection.handle(new FindStaffRecordsQuery(null, false, false, 0, 10)).records())
                .extracting(StaffRecord::requestId).containsExactly("b", "a");
        assertThat(projection.handle(new FindStaffRecordsQuery("sheriff", false, false, 0, 10)).records())
                .extracting(StaffRecord::requestId).containsExactly("a");
        assertThat(projection.handle(new FindStaffRecordsQuery(null, true, false, 0, 10)).records())
                .extracting(StaffRecord::requestId).containsExactly("a");
        assertThat(projection.handle(new FindStaffRecordsQuery(null, false, true, 0, 10)).records())
                .extracting(StaffRecord::requestId).containsExactly("a");
        StaffRecordsPage first = projection.handle(new FindStaffRecordsQuery(null, false, false, 0, 1));
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(projection.handle(new FindStaffRecordsQuery(null, false, false, 1, 1)).records())
                .extracting(StaffRecord::requestId).containsExactly("a");
    }

    @Test
    void redelivery_changes_nothing_and_a_reset_then_replay_rebuilds_the_same_register() {
        history();
        StaffRecordsPage once = projection.handle(new FindStaffRecordsQuery(null, false, false, 0, 10));
        history();
        assertThat(projection.handle(new FindStaffRecordsQuery(null, false, false, 0, 10))).isEqualTo(once);
        projection.reset();
        assertThat(projection.handle(new FindStaffRecordsQuery(null, false, false, 0, 10)).total()).isZero();
        history();
        assertThat(projection.handle(new FindStaffRecordsQuery(null, false, false, 0, 10))).isEqualTo(once);
    }
}
