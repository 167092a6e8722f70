package org.sanctuaryoversight.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.support.InMemoryMongo;

class PublicRegisterProjectionTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final Instant APPROVED = Instant.parse("2026-04-02T10:00:00Z");

    PublicRegisterProjection projection;

    @BeforeEach
    void setUp() {
        projection = new PublicRegisterProjection(MONGO.freshDatabase());
    }

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    static FederalRequestPublicSummaryApprovedEvent approved(String id, String department, String month,
                                                             LegalDocument document, FederalRequestResponse response,
                                                             String summary) {
        return new FederalRequestPublicSummaryApprovedEvent(id, new PublicRecord(department, month,
                FederalAgency.ICE_ERO, RequestChannel.EMAIL, List.of(RequestType.DETAINER_HOLD,
                RequestType.RELEASE_DATE_NOTIFICATION), document, response, summary), APPROVED, "u-omb");
    }

    static FindPublicRegisterQuery everything() {
        return new FindPublicRegisterQuery(null, null, null, null, null, 0, 0);
    }

    @Test
    void an_approved_record_shows_only_its_public_fields() {
        projection.on(approved("fr-1", "sheriff", "2026-03", LegalDocument.DETAINER, FederalRequestResponse.DECLINED,
                "ICE asked for a hold; declined."), 2);

        PublicRegisterPage page = projection.handle(everything());
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.entries().get(0).record().publicSummary()).isEqualTo("ICE asked for a hold; declined.");
        assertThat(page.entries().get(0).approvedAt()).isEqualTo(APPROVED);
    }

    @Test
    void a_redelivered_older_approval_does_not_undo_a_later_one() {
        projection.on(approved("fr-1", "sheriff", "2026-03", LegalDocument.NONE, FederalRequestResponse.DECLINED,
                "First summary"), 2);
        projection.on(approved("fr-1", "sheriff", "2026-03", LegalDocument.NONE, FederalRequestResponse.DECLINED,
                "Second summary"), 5);
        projection.on(approved("fr-1", "sheriff", "2026-03", LegalDocument.NONE, FederalRequestResponse.DECLINED,
                "First summary"), 2);

        PublicRegisterPage page = projection.handle(everything());
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.entries().get(0).record().publicSummary()).isEqualTo("Second summary");
    }

    @Test
    void filters_combine_and_pages_are_counted() {
        projection.on(approved("a", "sheriff", "2026-03", LegalDocument.DETAINER, FederalRequestResponse.COMPLIED, "A"), 1);
        projection.on(approved("b", "sheriff", "2026-04", LegalDocument.DETAINER, FederalRequestResponse.DECLINED, "B"), 1);
        projection.on(approved("c", "police", "2026-04", LegalDocument.JUDICIAL_WARRANT, FederalRequestResponse.COMPLIED, "C"), 1);

        assertThat(projection.handle(new FindPublicRegisterQuery("sheriff", null, LegalDocument.DETAINER, null, null, 0, 0))
                .entries()).extracting(PublicRegisterEntry::requestId).containsExactly("b", "a");
        assertThat(projection.handle(new FindPublicRegisterQuery(null, RequestType.DETAINER_HOLD, null,
                FederalRequestResponse.COMPLIED, "2026-04", 0, 0)).entries())
                .extracting(PublicRegisterEntry::requestId).containsExactly("c");
        assertThat(projection.handle(new FindPublicRegisterQuery(null, RequestType.FACILITY_ACCESS, null, null, null, 0, 0))
                .total()).isZero();

        PublicRegisterPage first = projection.handle(new FindPublicRegisterQuery(null, null, null, null, null, 0, 2));
        PublicRegisterPage second = projection.handle(new FindPublicRegisterQuery(null, null, null, null, null, 1, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.entries()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(second.entries()).extracting(PublicRegisterEntry::requestId).containsExactly("a");
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void a_reset_drops_the_register_and_replaying_the_approvals_rebuilds_it() {
        var first = approved("a", "sheriff", "2026-03", LegalDocument.DETAINER, FederalRequestResponse.COMPLIED, "A");
        var second = approved("b", "police", "2026-04", LegalDocument.NONE, FederalRequestResponse.DECLINED, "B");
        projection.on(first, 1);
        projection.on(second, 3);
        PublicRegisterPage before = projection.handle(everything());

        projection.reset();
        assertThat(projection.handle(everything()).total()).isZero();
        projection.on(first, 1);
        projection.on(second, 3);

        assertThat(projection.handle(everything())).isEqualTo(before);
    }

    static FederalRequestFlaggedEvent flagged(String id, String... rules) {
        return new FederalRequestFlaggedEvent(id, "sheriff", APPROVED.minusSeconds(60),
                java.util.Arrays.stream(rules).map(rule -> new ComplianceFlag(rule, "Clause of " + rule,
                        "Free text the public never reads")).toList(), "review-" + id, APPROVED.minusSeconds(3600),
                APPROVED.minusSeconds(60), List.of(RequestType.DETAINER_HOLD), LegalDocument.DETAINER,
                FederalRequestResponse.COMPLIED);
    }

    @Test
    void an_approved_record_carries_the_flags_raised_before_its_approval_and_no_flag_text() {
        projection.on(flagged("fr-1", "DETAINER_WITHOUT_JUDICIAL_WARRANT"), 1);
        assertThat(projection.handle(everything()).total()).as("a flag alone publishes nothing").isZero();
        projection.on(approved("fr-1", "sheriff", "2026-03", LegalDocument.DETAINER, FederalRequestResponse.COMPLIED,
                "ICE asked for a hold; the jail honoured it."), 2);
        projection.on(flagged("fr-1", "DOCUMENTED_LATE"), 4); // raised by a later correction, not yet approved

        PublicRegisterEntry entry = projection.handle(everything()).entries().get(0);
        assertThat(entry.flags()).containsExactly(new PublicRegisterEntry.PublicFlag("DETAINER_WITHOUT_JUDICIAL_WARRANT",
                "Clause of DETAINER_WITHOUT_JUDICIAL_WARRANT"));

        projection.on(approved("fr-1", "sheriff", "2026-03", LegalDocument.DETAINER, FederalRequestResponse.COMPLIED,
                "Approved again after the correction."), 5);
        assertThat(projection.handle(everything()).entries().get(0).flags())
                .extracting(PublicRegisterEntry.PublicFlag::rule)
                .containsExactly("DETAINER_WITHOUT_JUDICIAL_WARRANT", "DOCUMENTED_LATE");
    }

    @Test
    void a_new_version_replaying_over_documents_of_the_old_one_adds_the_flags() {
        // the previous version wrote the approval without flags; this one replays the log over it
        var approval = approved("fr-1", "sheriff", "2026-03", LegalDocument.DETAINER, FederalRequestResponse.COMPLIED,
                "ICE asked for a hold.");
        projection.on(approval, 2);
        projection.on(flagged("fr-1", "DETAINER_WITHOUT_JUDICIAL_WARRANT"), 1);
        projection.on(approval, 2);
        assertThat(projection.handle(everything()).entries().get(0).flags()).hasSize(1);
    }
}
