package org.sanctuaryoversight.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FederalRequestCompliancePolicyTest {

    static final Instant RECEIVED = Instant.parse("2026-03-02T15:00:00Z");
    final FederalRequestCompliancePolicy policy = new FederalRequestCompliancePolicy(5);

    static FederalRequestFacts facts(RequestType type, LegalDocument document, FederalRequestResponse response) {
        return new FederalRequestFacts("sheriff", RECEIVED, FederalAgency.ICE_ERO, RequestChannel.EMAIL,
                List.of(type), document, response, "Asked for a release date", "Policy says so");
    }

    List<String> rules(FederalRequestFacts facts) {
        return policy.evaluate(facts, RECEIVED.plus(Duration.ofHours(2))).stream().map(ComplianceFlag::rule).toList();
    }

    @Test
    void information_about_an_individual_given_on_an_administrative_warrant_is_flagged_citing_sensitive_information() {
        List<ComplianceFlag> flags = policy.evaluate(facts(RequestType.INFORMATION_ABOUT_PERSON,
                LegalDocument.ADMINISTRATIVE_WARRANT, FederalRequestResponse.COMPLIED), RECEIVED);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("INFORMATION_WITHOUT_COURT_ORDER");
            assertThat(flag.ordinanceClause()).isEqualTo("Protection of Sensitive Information");
            assertThat(flag.reason()).contains("court order").contains("an administrative warrant");
        });
    }

    @Test
    void release_date_notification_partially_given_without_any_document_is_flagged() {
        assertThat(rules(facts(RequestType.RELEASE_DATE_NOTIFICATION, LegalDocument.NONE,
                FederalRequestResponse.PARTIALLY_COMPLIED))).containsExactly("INFORMATION_WITHOUT_COURT_ORDER");
    }

    @Test
    void license_plate_data_shared_on_a_subpoena_is_flagged_as_database_access() {
        List<ComplianceFlag> flags = policy.evaluate(facts(RequestType.DATABASE_OR_SURVEILLANCE_DATA,
                LegalDocument.ADMINISTRATIVE_SUBPOENA, FederalRequestResponse.COMPLIED), RECEIVED);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("DATABASE_ACCESS_WITHOUT_COURT_ORDER");
            assertThat(flag.ordinanceClause()).isEqualTo("Protection of Sensitive Information");
            assertThat(flag.reason()).contains("license-plate");
        });
    }

    @ParameterizedTest
    @EnumSource(value = RequestType.class, names = {"FACILITY_ACCESS", "INTERVIEW_IN_CUSTODY",
            "PERSONNEL_EQUIPMENT_JOINT_OPERATION"})
    void facility_access_interviews_and_personnel_without_judicial_warrant_are_flagged(RequestType type) {
        List<ComplianceFlag> flags = policy.evaluate(facts(type, LegalDocument.ADMINISTRATIVE_WARRANT,
                FederalRequestResponse.COMPLIED), RECEIVED);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("FACILITIES_OR_PERSONNEL_WITHOUT_JUDICIAL_WARRANT");
            assertThat(flag.ordinanceClause()).isEqualTo("Restriction on Use of County Law Enforcement Resources");
            assertThat(flag.reason()).contains("judicial warrant");
        });
    }

    @ParameterizedTest
    @EnumSource(value = RequestType.class, names = {"DETAINER_HOLD", "TRANSFER_OF_CUSTODY"})
    void detainer_or_transfer_honoured_on_a_detainer_form_is_flagged_citing_detainers(RequestType type) {
        List<ComplianceFlag> flags = policy.evaluate(facts(type, LegalDocument.DETAINER,
                FederalRequestResponse.COMPLIED), RECEIVED);
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("DETAINER_WITHOUT_JUDICIAL_WARRANT");
            assertThat(flag.ordinanceClause()).isEqualTo("Restriction on Use of County Law Enforcement Resources");
            assertThat(flag.reason()).contains("judicial warrant");
        });
    }

    @ParameterizedTest
    @EnumSource(value = LegalDocument.class, names = {"JUDICIAL_WARRANT", "COURT_ORDER"})
    void help_on_a_judges_signature_is_not_flagged(LegalDocument document) {
        for (RequestType type : RequestType.values()) {
            assertThat(rules(facts(type, document, FederalRequestResponse.COMPLIED))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(value = FederalRequestResponse.class, names = {"DECLINED", "REFERRED_TO_COUNSEL", "PENDING"})
    void no_help_given_is_not_flagged_whatever_was_presented(FederalRequestResponse response) {
        for (RequestType type : RequestType.values()) {
            assertThat(rules(facts(type, LegalDocument.NONE, response))).isEmpty();
        }
    }

    @Test
    void help_with_a_request_outside_the_covered_types_is_not_flagged() {
        assertThat(rules(facts(RequestType.OTHER, LegalDocument.NONE, FederalRequestResponse.COMPLIED))).isEmpty();
    }

    @Test
    void a_request_asking_several_things_raises_one_flag_per_rule_broken() {
        FederalRequestFacts facts = new FederalRequestFacts("sheriff", RECEIVED, FederalAgency.ICE_ERO,
                RequestChannel.PHONE, List.of(RequestType.DETAINER_HOLD, RequestType.INTERVIEW_IN_CUSTODY),
                LegalDocument.DETAINER, FederalRequestResponse.COMPLIED, null, null);
        assertThat(rules(facts)).containsExactly("FACILITIES_OR_PERSONNEL_WITHOUT_JUDICIAL_WARRANT",
                "DETAINER_WITHOUT_JUDICIAL_WARRANT");
    }

    @Test
    void documentation_later_than_the_deadline_is_flagged_citing_public_record() {
        FederalRequestFacts declined = facts(RequestType.INFORMATION_ABOUT_PERSON, LegalDocument.NONE,
                FederalRequestResponse.DECLINED);
        List<ComplianceFlag> flags = policy.evaluate(declined, RECEIVED.plus(Duration.ofDays(5)).plusSeconds(1));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo("DOCUMENTED_LATE");
            assertThat(flag.ordinanceClause()).isEqualTo("Public Record");
            assertThat(flag.reason()).contains("document", "5 days");
        });
    }

    @Test
    void documentation_within_the_deadline_is_not_flagged() {
        FederalRequestFacts declined = facts(RequestType.INFORMATION_ABOUT_PERSON, LegalDocument.NONE,
                FederalRequestResponse.DECLINED);
        assertThat(policy.evaluate(declined, RECEIVED.plus(Duration.ofDays(5)))).isEmpty();
    }

    @Test
    void the_deadline_is_configurable() {
        FederalRequestFacts declined = facts(RequestType.OTHER, LegalDocument.NONE, FederalRequestResponse.DECLINED);
        Instant twoDaysLater = RECEIVED.plus(Duration.ofDays(2));
        assertThat(new FederalRequestCompliancePolicy(1).evaluate(declined, twoDaysLater)).hasSize(1);
        assertThat(new FederalRequestCompliancePolicy(3).evaluate(declined, twoDaysLater)).isEmpty();
    }
}
