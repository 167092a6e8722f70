package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.surveillance.SearchAuditPolicy.SearchContext;

/** Each rule, read as the sentence of law it enforces. */
class SearchAuditPolicyTest {

    static final Instant AT = Instant.parse("2026-04-10T05:01:33Z");
    final RuleSet rules = AgencyDirectoryTest.rules(Map.of());
    final SearchAuditPolicy policy = new SearchAuditPolicy(rules);
    final BurstIndex noBursts = new BurstIndex.Builder().build(100, Duration.ofHours(1));

    static SearchRecord search(String reason, String caseNumber, Instant at) {
        return new SearchRecord(7, "id-1", "Maria Garcia", "Agency", "7ABC123", reason, caseNumber, at, 12, "search");
    }

    SearchContext context(AgencyType type, BurstIndex bursts, List<FederalRequestAnchor> anchors) {
        return new SearchContext("alpr-abc", "police", "agency", type, bursts, anchors);
    }

    List<AuditRule> rulesOf(SearchRecord search, SearchContext context) {
        return policy.evaluate(search, context).stream().map(SearchFlag::rule).toList();
    }

    @Test
    void an_ordinary_search_with_a_case_number_and_a_reason_raises_nothing() {
        assertThat(policy.evaluate(search("Stolen vehicle", "26-000123", AT),
                context(AgencyType.LOCAL_IN_STATE, noBursts, List.of()))).isEmpty();
    }

    @Test
    void a_reason_pointing_to_immigration_enforcement_is_flagged_with_the_words_shown_and_the_clause_cited() {
        List<SearchFlag> flags = policy.evaluate(search("ICE+ERO", "26-000123", AT),
                context(AgencyType.OWN_DEPARTMENT, noBursts, List.of()));
        assertThat(flags).singleElement().satisfies(flag -> {
            assertThat(flag.rule()).isEqualTo(AuditRule.IMMIGRATION_REASON);
            assertThat(flag.matchedWords()).containsExactly("ICE", "ERO");
            assertThat(flag.clause()).contains("Protection of Sensitive Information");
            assertThat(flag.reviewCaseId()).isEqualTo(ReviewCaseIds.of("alpr-abc", "agency", AuditRule.IMMIGRATION_REASON));
        });
    }

    @Test
    void federal_and_out_of_state_agencies_may_not_receive_the_citys_data_whatever_their_reason() {
        assertThat(rulesOf(search("Stolen vehicle", "26-1", AT), context(AgencyType.FEDERAL, noBursts, List.of())))
                .containsExactly(AuditRule.FEDERAL_AGENCY);
        assertThat(policy.evaluate(search("Stolen vehicle", "26-1", AT), context(AgencyType.OUT_OF_STATE, noBursts,
                List.of()))).singleElement().satisfies(flag -> assertThat(flag.clause()).contains("1798.90.55(b)"));
        assertThat(rulesOf(search("Stolen vehicle", "26-1", AT), context(AgencyType.UNCLASSIFIED, noBursts, List.of())))
                .isEmpty();
    }

    @Test
    void a_search_without_a_case_number_or_with_investigation_alone_records_no_purpose() {
        assertThat(rulesOf(search("Stolen vehicle", " ", AT), context(AgencyType.OWN_DEPARTMENT, noBursts, List.of())))
                .containsExactly(AuditRule.NO_CASE_NUMBER);
        assertThat(rulesOf(search("Investigation", "26-1", AT), context(AgencyType.OWN_DEPARTMENT, noBursts, List.of())))
                .containsExactly(AuditRule.VAGUE_REASON);
        assertThat(rulesOf(search(null, "***", AT), context(AgencyType.OWN_DEPARTMENT, noBursts, List.of())))
                .as("no reason, and a redacted case number is no case number")
                .containsExactly(AuditRule.NO_CASE_NUMBER, AuditRule.VAGUE_REASON);
        assertThat(rulesOf(search("Investigation of armed robbery", "26-1", AT),
                context(AgencyType.OWN_DEPARTMENT, noBursts, List.of()))).isEmpty();
    }

    @Test
    void where_the_city_does_not_require_a_case_number_its_absence_is_not_flagged() {
        RuleSet lenient = new RuleSet("lenient", rules.immigrationTerms(), rules.vagueReasons(), false, 100,
                Duration.ofHours(1), Duration.ofHours(48), "CA", Map.of(), Map.of());
        assertThat(new SearchAuditPolicy(lenient).evaluate(search("Stolen vehicle", "", AT),
                context(AgencyType.OWN_DEPARTMENT, noBursts, List.of()))).isEmpty();
        assertThat(lenient.version()).isNotEqualTo(rules.version());
    }

    @Test
    void more_searches_by_one_agency_in_the_window_than_the_limit_is_a_burst_and_the_limit_itself_is_not() {
        BurstIndex.Builder builder = new BurstIndex.Builder();
        for (int i = 0; i < 5; i++) {
            builder.add("busy", AT.plusSeconds(i * 60L));
            builder.add("steady", AT.plusSeconds(i * 3600L));
        }
        BurstIndex bursts = builder.build(4, Duration.ofMinutes(10));
        SearchContext busy = new SearchContext("alpr-abc", "police", "busy", AgencyType.LOCAL_IN_STATE, bursts, List.of());
        SearchContext steady = new SearchContext("alpr-abc", "police", "steady", AgencyType.LOCAL_IN_STATE, bursts, List.of());
        assertThat(rulesOf(search("Robbery", "26-1", AT.plusSeconds(120)), busy)).containsExactly(AuditRule.SEARCH_BURST);
        assertThat(rulesOf(search("Robbery", "26-1", AT.plusSeconds(3600)), busy)).isEmpty();
        assertThat(rulesOf(search("Robbery", "26-1", AT), steady)).isEmpty();
        BurstIndex.Builder exact = new BurstIndex.Builder();
        for (int i = 0; i < 4; i++) {
            exact.add("exact", AT.plusSeconds(i));
        }
        assertThat(exact.build(4, Duration.ofMinutes(10)).at("exact", AT)).as("exactly the limit").isEmpty();
    }

    @Test
    void a_local_search_carrying_a_federal_requests_reference_number_is_a_possible_search_for_a_federal_agency() {
        FederalRequestAnchor request = new FederalRequestAnchor("fr-9", "sheriff", AT.minus(Duration.ofDays(30)), false,
                SideDoorReferences.in("ICE asked for plate data, their ref. ICE-2026-0412"));
        List<SearchFlag> flags = policy.evaluate(search("assist", "ice-2026/0412", AT),
                context(AgencyType.LOCAL_IN_STATE, noBursts, List.of(request)));
        assertThat(flags).extracting(SearchFlag::rule).contains(AuditRule.POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY);
        assertThat(flags).filteredOn(flag -> flag.rule() == AuditRule.POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY)
                .singleElement().satisfies(flag -> assertThat(flag.linkedRequestId()).isEqualTo("fr-9"));
        assertThat(rulesOf(search("assist", "ICE-2026-0412", AT), context(AgencyType.FEDERAL, noBursts, List.of(request))))
                .as("a federal agency's own search is the front door, flagged as such").containsExactly(AuditRule.FEDERAL_AGENCY);
    }

    @Test
    void an_own_officers_search_soon_after_a_federal_agency_asked_the_department_for_data_is_flagged() {
        FederalRequestAnchor asked = new FederalRequestAnchor("fr-1", "police", AT.minus(Duration.ofHours(5)), true, Set.of());
        FederalRequestAnchor otherDepartment = new FederalRequestAnchor("fr-2", "sheriff", AT.minus(Duration.ofHours(5)),
                true, Set.of());
        assertThat(rulesOf(search("Stolen vehicle", "26-1", AT), context(AgencyType.OWN_DEPARTMENT, noBursts,
                List.of(asked)))).containsExactly(AuditRule.POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY);
        assertThat(rulesOf(search("Stolen vehicle", "26-1", AT.plus(Duration.ofDays(3))),
                context(AgencyType.OWN_DEPARTMENT, noBursts, List.of(asked)))).as("outside the 48 h window").isEmpty();
        assertThat(rulesOf(search("Stolen vehicle", "26-1", AT), context(AgencyType.OWN_DEPARTMENT, noBursts,
                List.of(otherDepartment)))).isEmpty();
        assertThat(rulesOf(search("Stolen vehicle", "26-1", AT), context(AgencyType.LOCAL_IN_STATE, noBursts,
                List.of(asked)))).as("another agency's officer: only a reference number links it").isEmpty();
    }

    @Test
    void a_year_alone_is_not_a_reference_number() {
        assertThat(SideDoorReferences.in("received March 2026, ref 24-00123")).containsExactly("2400123");
    }
}
