package org.sanctuaryoversight.app.surveillance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.AuditSummary;
import org.sanctuaryoversight.surveillance.ImportingAuditLog;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;
import org.sanctuaryoversight.surveillance.ValidatedAuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An agency whose name says nothing is listed for the office to classify; the ombudsperson classifies it in the
 * page, which makes a new rule version, and checking the log again under it counts the agency's searches as what
 * the office said it is. All through the pages.
 */
@OversightTest
@AutoConfigureMockMvc
class SurveillanceAgencyClassificationTest {

    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(new StaffMember("alpr-class-omb", "Olga",
            StaffRole.OMBUDSPERSON, null));
    static final String AGENCY = "Metro Regional Task Force";

    @Autowired
    MockMvc mvc;
    @Autowired
    QueryGateway queries;
    @Autowired
    ImportingAuditLog importing;

    @Test
    void the_ombudsperson_classifies_an_unknown_agency_and_the_log_checked_again_counts_it_so() throws Exception {
        StringBuilder file = new StringBuilder(new String(AuditLogs.generate(Layout.NETWORK, 1500, YearMonth.of(2024, 3),
                81, null, 2, 0).bytes(), StandardCharsets.UTF_8));
        for (int i = 0; i < 12; i++) {
            file.append("m-").append(i).append(",Pat Doe,").append(AGENCY).append(",4,5XYZ00").append(i)
                    .append(",Robbery,24-00").append(100 + i).append(",,\"03/1").append(i % 9)
                    .append("/2024, 10:00:00 AM UTC\",search\r\n");
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        String importId = ValidatedAuditLog.importIdOf(AuditLogs.sha256(bytes));
        assertThat(mvc.perform(AuditLogs.upload(bytes, "police").with(user(OMBUDSPERSON))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        AuditSummary before = AuditLogs.awaitImported(queries, importId, 1).summary();
        assertThat(before.unclassifiedAgencies()).containsExactly(AGENCY);
        String ruleVersion = importing.rules().version();

        assertThat(mvc.perform(get("/staff/surveillance").with(user(OMBUDSPERSON))).andReturn().getResponse()
                .getContentAsString()).contains(AGENCY).contains("action=\"/staff/surveillance/agencies\"");
        MockHttpServletResponse refused = mvc.perform(post("/staff/surveillance/agencies").with(csrf())
                .with(user(OMBUDSPERSON)).param("agency", AGENCY).param("type", "OWN_DEPARTMENT")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("Choose whether the agency is federal");
        assertThat(importing.rules().version()).isEqualTo(ruleVersion);

        String classified = mvc.perform(post("/staff/surveillance/agencies").with(csrf()).with(user(OMBUDSPERSON))
                .param("agency", AGENCY).param("type", "FEDERAL")).andReturn().getResponse().getContentAsString();
        assertThat(classified).contains(AGENCY + " is now classified as: Federal")
                .doesNotContain("<span>" + AGENCY + "</span>");
        assertThat(importing.rules().version()).isNotEqualTo(ruleVersion);
        assertThat(mvc.perform(get("/staff/surveillance/imports/" + importId).with(user(OMBUDSPERSON))).andReturn()
                .getResponse().getContentAsString()).contains("/staff/surveillance/upload?rerunOf=" + importId);

        assertThat(mvc.perform(AuditLogs.upload(bytes, "police", Map.of("rerunOf", importId)).with(user(OMBUDSPERSON)))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        AuditSummary after = AuditLogs.awaitImported(queries, importId, 2).summary();
        assertThat(after.unclassifiedAgencies()).isEmpty();
        assertThat(after.agencies()).filteredOn(a -> a.agency().equals(AGENCY)).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgencyType.FEDERAL);
            assertThat(a.flagged(AuditRule.FEDERAL_AGENCY)).isEqualTo(12);
        });
        assertThat(after.flagged(AuditRule.FEDERAL_AGENCY)).isEqualTo(before.flagged(AuditRule.FEDERAL_AGENCY) + 12);
    }
}
