package org.sanctuaryoversight.app.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.CollectionCounts;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.AuditSummary;
import org.sanctuaryoversight.surveillance.ReviewCaseIds;
import org.sanctuaryoversight.surveillance.SurveillanceModule;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AuditImportView;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFederalRequestAnchorsQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFlaggedSearchesQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FlaggedSearchPage;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Realistic audit logs in both Flock layouts (a few thousand rows each, generated with the documented headers,
 * quoting, UTC times, federal and out-of-state organisations, English and Spanish reasons, blank case numbers,
 * a burst and a handful of immigration reasons) go through the upload form; every flag counted matches what was
 * planted, every agency and rule with a flag has its review case with the matched searches, and the same file
 * twice is refused with nothing stored.
 */
@OversightTest
@AutoConfigureMockMvc
class SurveillanceAuditFlowTest {

    static final StaffPrincipal LIAISON = new StaffPrincipal(new StaffMember("alpr-liaison", "Lee Liaison",
            StaffRole.DEPARTMENT_LIAISON, "police"));
    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(new StaffMember("alpr-omb", "Olga Ombuds",
            StaffRole.OMBUDSPERSON, null));
    static final String REFERENCE = "ICE-2025-0412";

    @Autowired
    MockMvc mvc;
    @Autowired
    QueryGateway queries;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;

    @Test
    void a_network_audit_is_flagged_rule_by_rule_as_planted_and_each_group_gets_its_review_case() throws Exception {
        documentFederalRequestWithReference();
        AuditLogs.Generated log = AuditLogs.generate(Layout.NETWORK, 3000, YearMonth.of(2025, 5), 11, REFERENCE, 11, 150);

        MockHttpServletResponse uploaded = mvc.perform(AuditLogs.upload(log.bytes(), "police").with(user(LIAISON)))
                .andReturn().getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(302);
        assertThat(uploaded.getRedirectedUrl()).isEqualTo("/staff/surveillance/imports/" + log.importId());

        AuditImportView view = AuditLogs.awaitImported(queries, log.importId(), 1);
        AuditSummary summary = view.summary();
        assertThat(view.layout()).isEqualTo("flock-network");
        assertThat(view.periodFrom()).hasToString("2025-05-01");
        assertThat(view.periodTo()).hasToString("2025-05-31");
        assertThat(summary.searches()).isEqualTo(3000);
        for (AuditRule rule : AuditRule.values()) {
            assertThat(summary.flagged(rule)).as(rule.name())
                    .isEqualTo(log.manifest().byRule().getOrDefault(rule, 0L));
        }
        assertThat(log.manifest().byRule().keySet()).as("every rule was planted").containsAll(List.of(AuditRule.values()));
        assertThat(summary.flaggedSearches()).isEqualTo(log.manifest().flaggedRows());
        for (AgencyType type : List.of(AgencyType.OWN_DEPARTMENT, AgencyType.LOCAL_IN_STATE, AgencyType.OUT_OF_STATE,
                AgencyType.FEDERAL)) {
            assertThat(summary.agencies().stream().filter(a -> a.type() == type).mapToLong(AuditSummary.AgencyCount::searches)
                    .sum()).as(type.name()).isEqualTo(log.manifest().byType().get(type));
        }
        assertThat(summary.unclassifiedAgencies()).isEmpty();

        // The immigration reasons were all found, with the words that matched; "police service" was not "ICE".
        AuditLogs.awaitSearches(queries, log.importId(), null, summary.flaggedSearches());
        FlaggedSearchPage immigration = AuditLogs.awaitSearches(queries, log.importId(), AuditRule.IMMIGRATION_REASON,
                summary.flagged(AuditRule.IMMIGRATION_REASON));
        assertThat(immigration.searches()).extracting(s -> s.search().reason())
                .containsExactlyInAnyOrderElementsOf(log.manifest().immigrationReasons());
        assertThat(immigration.searches()).allSatisfy(s -> assertThat(s.search().flags())
                .filteredOn(f -> f.rule() == AuditRule.IMMIGRATION_REASON).singleElement()
                .satisfies(f -> assertThat(f.matchedWords()).isNotEmpty()));
        FlaggedSearchPage sideDoor = queries.query(new FindFlaggedSearchesQuery(log.importId(), null,
                AuditRule.POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY, null, 0, 100),
                ResponseTypes.instanceOf(FlaggedSearchPage.class)).join();
        assertThat(sideDoor.searches()).isNotEmpty().allSatisfy(s -> assertThat(s.search().flags())
                .anySatisfy(f -> assertThat(f.linkedRequestId()).isNotNull()));

        // One review case per agency and rule that flagged anything, for the police, with its searches.
        Set<String> expectedCases = new HashSet<>();
        summary.agencies().forEach(a -> a.flags().forEach(c ->
                expectedCases.add(ReviewCaseIds.forAgency(log.importId(), a.agency(), c.rule()))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                StoredEvents.ofType(ReviewCaseOpenedEvent.class, database, serializer).stream()
                        .filter(e -> log.importId().equals(e.sourceReference())).map(ReviewCaseOpenedEvent::caseId).toList())
                .containsExactlyInAnyOrderElementsOf(expectedCases));
        assertThat(StoredEvents.ofType(ReviewCaseOpenedEvent.class, database, serializer).stream()
                .filter(e -> log.importId().equals(e.sourceReference())))
                .allSatisfy(e -> {
                    assertThat(e.department()).isEqualTo("police");
                    assertThat(e.reasonCode()).isEqualTo(SurveillanceModule.REVIEW_CASE_REASON);
                });
        String federalCase = ReviewCaseIds.forAgency(log.importId(), summary.agencies().stream()
                .filter(a -> a.type() == AgencyType.FEDERAL).findFirst().orElseThrow().agency(), AuditRule.FEDERAL_AGENCY);
        long federalCount = summary.agencies().stream().filter(a -> ReviewCaseIds.forAgency(log.importId(), a.agency(),
                AuditRule.FEDERAL_AGENCY).equals(federalCase)).mapToLong(a -> a.flagged(AuditRule.FEDERAL_AGENCY)).sum();
        String casePage = mvc.perform(get("/staff/surveillance/cases/" + federalCase).with(user(OMBUDSPERSON)))
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).contains(federalCount + " flagged search");
        assertThat(mvc.perform(get("/staff/cases/" + federalCase).with(user(OMBUDSPERSON))).andReturn().getResponse()
                .getContentAsString()).contains("/staff/surveillance/cases/" + federalCase);

        // The same file again is refused, and nothing is stored.
        Map<String, Long> before = CollectionCounts.of(database);
        MockHttpServletResponse again = mvc.perform(AuditLogs.upload(log.bytes(), "police").with(user(OMBUDSPERSON)))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("This file was already imported")
                .contains("/staff/surveillance/imports/" + log.importId());
        assertThat(CollectionCounts.of(database)).isEqualTo(before);

        // The staff pages show the findings.
        String page = mvc.perform(get("/staff/surveillance/imports/" + log.importId()).with(user(OMBUDSPERSON)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3,000").contains("Federal agency searched the city").contains(">sealed<");
        assertThat(mvc.perform(get("/staff/surveillance/imports/" + log.importId()).param("rule", "IMMIGRATION_REASON")
                .with(user(OMBUDSPERSON))).andReturn().getResponse().getContentAsString())
                .contains("ICE+ERO").contains("(words: ICE, ERO)").contains("review case");
        // Each search to the second, in the office's zone (UTC here) and the reader's language: auditors look for
        // bursts within a minute, which a time to the minute hides.
        for (java.util.Locale locale : List.of(java.util.Locale.ENGLISH, java.util.Locale.forLanguageTag("es"))) {
            java.time.format.DateTimeFormatter toTheSecond = java.time.format.DateTimeFormatter
                    .ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.MEDIUM)
                    .withLocale(locale).withZone(java.time.ZoneOffset.UTC);
            org.jsoup.select.Elements times = org.jsoup.Jsoup.parse(mvc.perform(get("/staff/surveillance/imports/"
                    + log.importId()).param("rule", "IMMIGRATION_REASON").param("lang", locale.getLanguage())
                    .with(user(OMBUDSPERSON))).andReturn().getResponse().getContentAsString())
                    .select("table.surveillance-searches tbody time");
            assertThat(times).as(locale.toString()).isNotEmpty().allSatisfy(time -> assertThat(time.text())
                    .isEqualTo(toTheSecond.format(java.time.Instant.parse(time.attr("datetime")))));
        }
        assertThat(mvc.perform(get("/staff/surveillance/imports/" + log.importId()).param("lang", "es")
                .with(user(LIAISON))).andReturn().getResponse().getContentAsString())
                .contains("Búsquedas por tipo de agencia y señal").doesNotContain("surveillance-searches");
        // Words, not codes: no rule, agency type or department code in what a person reads, in either language.
        for (String language : List.of("en", "es")) {
            for (String path : List.of("/staff/surveillance", "/staff/surveillance/imports/" + log.importId(),
                    "/staff/surveillance/cases/" + federalCase)) {
                String text = org.jsoup.Jsoup.parse(mvc.perform(get(path).param("lang", language)
                        .with(user(OMBUDSPERSON))).andReturn().getResponse().getContentAsString()).body().text();
                assertThat(text).as(language + " " + path).doesNotContain("??")
                        .doesNotContainPattern("(?<![\\p{L}_-])(" + String.join("|", java.util.stream.Stream.concat(
                                java.util.Arrays.stream(AuditRule.values()), java.util.Arrays.stream(AgencyType.values()))
                                .map(Enum::name).toList()) + "|police)(?![\\p{L}_-])");
            }
        }
    }

    @Test
    void organisation_audits_before_and_after_flocks_column_change_are_read_by_header_name() throws Exception {
        List<AuditLogs.Generated> logs = new ArrayList<>(List.of(
                AuditLogs.generate(Layout.ORGANIZATION_14, 2500, YearMonth.of(2025, 6), 21, null, 6, 0),
                AuditLogs.generate(Layout.ORGANIZATION_13, 2500, YearMonth.of(2025, 7), 22, null, 6, 0)));
        for (AuditLogs.Generated log : logs) {
            assertThat(mvc.perform(AuditLogs.upload(log.bytes(), "police").with(user(OMBUDSPERSON))).andReturn()
                    .getResponse().getStatus()).isEqualTo(302);
            AuditSummary summary = AuditLogs.awaitImported(queries, log.importId(), 1).summary();
            assertThat(summary.searches()).isEqualTo(2500);
            assertThat(summary.agencies()).singleElement().satisfies(a -> {
                assertThat(a.agency()).isEqualTo(AuditLogs.OWN_AGENCY);
                assertThat(a.type()).isEqualTo(AgencyType.OWN_DEPARTMENT);
            });
            for (AuditRule rule : AuditRule.values()) {
                assertThat(summary.flagged(rule)).as(rule.name()).isEqualTo(log.manifest().byRule().getOrDefault(rule, 0L));
            }
            assertThat(summary.flagged(AuditRule.IMMIGRATION_REASON)).isEqualTo(6);
        }
    }

    private void documentFederalRequestWithReference() throws Exception {
        mvc.perform(post("/api/v1/staff/federal-requests").with(user(LIAISON)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"department":"police","receivedAt":"2025-03-20T17:30:00Z","agency":"ICE_ERO","channel":"EMAIL",
                         "requestTypes":["DATABASE_OR_SURVEILLANCE_DATA"],"legalDocument":"NONE","response":"DECLINED",
                         "description":"ERO asked for plate reader data on their case %s","justification":"No warrant."}
                        """.formatted(REFERENCE))).andReturn();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> queries.query(new FindFederalRequestAnchorsQuery(),
                        ResponseTypes.multipleInstancesOf(org.sanctuaryoversight.surveillance.FederalRequestAnchor.class))
                .join().stream().anyMatch(anchor -> anchor.references().contains("ICE20250412")));
    }
}
