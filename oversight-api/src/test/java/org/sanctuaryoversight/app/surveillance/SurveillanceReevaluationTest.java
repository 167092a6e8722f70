package org.sanctuaryoversight.app.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.OfficerNamesViewedEvent;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.surveillance.AuditLogUpload;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.AuditSummary;
import org.sanctuaryoversight.surveillance.ImportingAuditLog;
import org.sanctuaryoversight.surveillance.RuleSet;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;
import org.sanctuaryoversight.surveillance.ValidatedAuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Checking an import again under a new rule version is an event too, and replaces the counts and flagged
 * searches; the same version twice is refused. Officer names are shown only after a look with a reason was
 * recorded.
 */
@OversightTest
@AutoConfigureMockMvc
class SurveillanceReevaluationTest {

    static final StaffMember OMBUDSPERSON = new StaffMember("alpr-re-omb", "Olga Ombuds", StaffRole.OMBUDSPERSON, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    ImportingAuditLog importing;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;

    @Test
    void the_same_file_checked_under_newer_rules_replaces_the_counts_and_the_same_rules_twice_is_refused() throws Exception {
        AuditLogs.Generated log = AuditLogs.generate(Layout.ORGANIZATION_13, 2000, YearMonth.of(2025, 11), 61, null, 4, 0);
        assertThat(mvc.perform(AuditLogs.upload(log.bytes(), "police").with(user(new StaffPrincipal(OMBUDSPERSON))))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        AuditSummary first = AuditLogs.awaitImported(queries, log.importId(), 1).summary();
        assertThat(first.flagged(AuditRule.NO_CASE_NUMBER)).isEqualTo(log.manifest().byRule().get(AuditRule.NO_CASE_NUMBER));

        // Under the page's current rules, "check again" is refused: nothing would change.
        MockHttpServletResponse same = mvc.perform(AuditLogs.upload(log.bytes(), "police",
                Map.of("rerunOf", log.importId())).with(user(new StaffPrincipal(OMBUDSPERSON)))).andReturn().getResponse();
        assertThat(same.getStatus()).isEqualTo(409);
        assertThat(same.getContentAsString()).contains("already checked under the current rules");

        // The office stops requiring a case number: a new rule version, and the file is checked again.
        RuleSet current = importing.rules();
        RuleSet lenient = new RuleSet(current.label(), current.immigrationTerms(), current.vagueReasons(), false,
                current.burstSearches(), current.burstWindow(), current.sideDoorWindow(), current.cityState(),
                current.agencies(), current.ownAgencyNames());
        ImportingAuditLog underNewRules = new ImportingAuditLog(commands, queries, vault, lenient, importing.layouts(),
                java.time.ZoneOffset.UTC, Clock.systemUTC());
        AuditLogUpload rerun = new AuditLogUpload("police", null, null, log.importId());
        ValidatedAuditLog validated = underNewRules.validate(new ByteArrayInputStream(log.bytes()), rerun);
        int evaluation = underNewRules.begin(validated, OMBUDSPERSON);
        assertThat(evaluation).isEqualTo(2);
        underNewRules.record(validated, evaluation, new ByteArrayInputStream(log.bytes()), OMBUDSPERSON,
                (done, total) -> { });

        var view = AuditLogs.awaitImported(queries, log.importId(), 2);
        assertThat(view.ruleVersion()).isEqualTo(lenient.version()).isNotEqualTo(current.version());
        assertThat(view.summary().flagged(AuditRule.NO_CASE_NUMBER)).isZero();
        assertThat(view.summary().flagged(AuditRule.IMMIGRATION_REASON)).isEqualTo(4);
        assertThat(view.summary().flaggedSearches()).isLessThan(first.flaggedSearches());
        AuditLogs.awaitSearches(queries, log.importId(), null, view.summary().flaggedSearches());
        assertThat(AuditLogs.awaitSearches(queries, log.importId(), AuditRule.NO_CASE_NUMBER, 0).total()).isZero();
        assertThat(StoredEvents.ofType(AuditRulesReappliedEvent.class, database, serializer))
                .anySatisfy(event -> {
                    assertThat(event.importId()).isEqualTo(log.importId());
                    assertThat(event.previousRuleVersion()).isEqualTo(current.version());
                    assertThat(event.ruleVersion()).isEqualTo(lenient.version());
                });
        assertThatThrownBy(() -> underNewRules.begin(underNewRules.validate(new ByteArrayInputStream(log.bytes()), rerun),
                OMBUDSPERSON)).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.ruling().reasonKey()).isEqualTo("rule.ReevaluationUnderNewRules.sameRules"));
    }

    @Test
    void officer_names_show_only_after_a_look_with_a_reason_is_recorded() throws Exception {
        AuditLogs.Generated log = AuditLogs.generate(Layout.ORGANIZATION_14, 1500, YearMonth.of(2025, 12), 71, null, 3, 0);
        StaffPrincipal ombudsperson = new StaffPrincipal(OMBUDSPERSON);
        mvc.perform(AuditLogs.upload(log.bytes(), "police").with(user(ombudsperson)));
        AuditSummary summary = AuditLogs.awaitImported(queries, log.importId(), 1).summary();
        AuditLogs.awaitSearches(queries, log.importId(), null, summary.flaggedSearches());
        String path = "/staff/surveillance/imports/" + log.importId() + "/officers";

        MockHttpServletResponse noReason = mvc.perform(post(path).with(csrf()).with(user(ombudsperson))
                .param("purpose", "INVESTIGATE_FLAGGED_SEARCHES")).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("Choose why you need the names").doesNotContain("Maria Garcia");
        MockHttpServletResponse auditor = mvc.perform(post(path).with(csrf()).param("purpose", "LEGAL_REQUIREMENT")
                .param("note", "subpoena").with(user(new StaffPrincipal(new StaffMember("alpr-aud", "Ann",
                        StaffRole.AUDITOR, null))))).andReturn().getResponse();
        assertThat(auditor.getStatus()).isEqualTo(403);
        assertThat(StoredEvents.ofType(OfficerNamesViewedEvent.class, database, serializer))
                .noneMatch(e -> e.importId().equals(log.importId()));

        String shown = mvc.perform(post(path).with(csrf()).with(user(ombudsperson))
                .param("purpose", "INVESTIGATE_FLAGGED_SEARCHES").param("note", "Review of the burst, case 12"))
                .andReturn().getResponse().getContentAsString();
        assertThat(shown).containsPattern("<td>(Maria|James|Ana|Robert|Luis|Karen|Thanh|Sofia|David|Grace) [A-Z][a-z]+</td>")
                .contains("Review of the burst, case 12");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                StoredEvents.ofType(OfficerNamesViewedEvent.class, database, serializer).stream()
                        .anyMatch(e -> e.importId().equals(log.importId()) && e.viewerId().equals("alpr-re-omb")));
    }
}
