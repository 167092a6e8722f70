package org.sanctuaryoversight.app.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.ReviewCaseOpenedEvent;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The end-to-end story: a liaison documents a request answered "complied" on an administrative
 * warrant; a review case opens for the ombudsperson; after approval the record is on the public register
 * and in its downloads, with the approved summary and none of the liaison's text or any staff name.
 */
@OversightTest
@AutoConfigureMockMvc
class FederalRequestRegistryFlowTest {

    static final StaffPrincipal LIAISON = new StaffPrincipal(
            new StaffMember("u-lee", "Lee Liaison", StaffRole.DEPARTMENT_LIAISON, "probation"));
    static final StaffPrincipal SCHOOLS_LIAISON = new StaffPrincipal(
            new StaffMember("u-pat", "Pat Schools", StaffRole.DEPARTMENT_LIAISON, "schools"));
    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("u-olga", "Olga Ombuds", StaffRole.OMBUDSPERSON, null));

    static final String DESCRIPTION = "Officer asked for the supervision schedule of a person on probation";
    static final String JUSTIFICATION = "Supervisor said it was routine";
    static final String SUMMARY = "ICE asked for a supervision schedule; the department provided it.";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    ObjectMapper json;

    static String body(String department, String description) {
        return """
                {"department":"%s","receivedAt":"%s","agency":"ICE_ERO","channel":"EMAIL",
                 "requestTypes":["INFORMATION_ABOUT_PERSON"],"legalDocument":"ADMINISTRATIVE_WARRANT",
                 "response":"COMPLIED","description":"%s","justification":"%s"}
                """.formatted(department, Instant.now().minus(Duration.ofHours(2)), description, JUSTIFICATION);
    }

    @Test
    void complied_on_an_administrative_warrant_opens_a_review_case_and_after_approval_is_public() throws Exception {
        String answer = mvc.perform(post("/api/v1/staff/federal-requests").with(user(LIAISON))
                        .contentType(MediaType.APPLICATION_JSON).content(body("probation", DESCRIPTION)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.flagged").value(true))
                .andReturn().getResponse().getContentAsString();
        String requestId = json.readTree(answer).get("requestId").asText();

        // The ombudsperson's self-initiated case, with the ordinance reason.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(eventStore.readEvents("review-" + requestId).asStream().toList()).hasSize(1));
        ReviewCaseOpenedEvent opened = (ReviewCaseOpenedEvent) eventStore.readEvents("review-" + requestId)
                .asStream().findFirst().orElseThrow().getPayload();
        assertThat(opened.department()).isEqualTo("probation");
        assertThat(opened.sourceReference()).isEqualTo(requestId);
        assertThat(opened.reason()).contains("Protection of Sensitive Information");

        // Not public before approval.
        assertThat(mvc.perform(get("/api/v1/public/federal-requests.json").param("department", "probation"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(requestId);

        mvc.perform(post("/api/v1/staff/federal-requests/{id}/public-summary", requestId).with(user(OMBUDSPERSON))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"publicSummary\":\"" + SUMMARY + "\"}"))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(mvc.perform(get("/register").param("department", "probation"))
                        .andReturn().getResponse().getContentAsString()).contains(SUMMARY));

        String page = mvc.perform(get("/register").param("department", "probation")
                        .param("document", "ADMINISTRATIVE_WARRANT").param("response", "COMPLIED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/api/v1/public/federal-requests.csv").param("department", "probation"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String download = mvc.perform(get("/api/v1/public/federal-requests.json").param("department", "probation"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(SUMMARY).contains("Administrative warrant").contains("Complied");
        assertThat(csv).contains(requestId).contains(SUMMARY).contains("ADMINISTRATIVE_WARRANT");
        JsonNode record = json.readTree(download).get(0);
        assertThat(record.get("id").asText()).isEqualTo(requestId);
        assertThat(record.get("publicSummary").asText()).isEqualTo(SUMMARY);
        for (String published : new String[] {page, csv, download}) {
            assertThat(published).doesNotContain(DESCRIPTION).doesNotContain(JUSTIFICATION)
                    .doesNotContain("Lee Liaison").doesNotContain("u-lee")
                    .doesNotContain("Olga Ombuds").doesNotContain("u-olga");
        }

        // Spanish page.
        assertThat(mvc.perform(get("/register").param("department", "probation").param("lang", "es"))
                .andReturn().getResponse().getContentAsString()).contains("Orden administrativa").contains("Cumplida");
        // Every other public language too: the record's words were the staff bundle's English on /register?lang=zh-Hant.
        // The month stays left to right inside Arabic (it broke as "-2026" over "12").
        String chinese = mvc.perform(get("/register").param("department", "probation").param("lang", "zh-Hant"))
                .andReturn().getResponse().getContentAsString();
        assertThat(chinese).contains("移民及海關執法局（ICE）執法和遣返行動處（ERO）").contains("行政令狀").contains("照辦")
                .contains("未經法院命令提供了某人的資訊").doesNotContain("Administrative warrant").doesNotContain("Complied")
                .doesNotContain("ICE Enforcement and Removal Operations").doesNotContain("Protection of Sensitive Information");
        String arabic = mvc.perform(get("/register").param("department", "probation").param("lang", "ar"))
                .andReturn().getResponse().getContentAsString();
        assertThat(arabic).contains("مذكرة إدارية").containsPattern("<th scope=\"row\"><time datetime=\"\\d{4}-\\d{2}\" "
                + "dir=\"ltr\" class=\"nowrap\">\\d{4}-\\d{2}</time></th>");
    }

    @Test
    void a_liaison_cannot_document_for_another_department() throws Exception {
        mvc.perform(post("/api/v1/staff/federal-requests").with(user(SCHOOLS_LIAISON))
                        .contentType(MediaType.APPLICATION_JSON).content(body("probation", "Asked for records")))
                .andExpect(status().isForbidden());
    }

    @Test
    void text_that_identifies_the_person_is_refused_with_a_field_error() throws Exception {
        mvc.perform(post("/api/v1/staff/federal-requests").with(user(LIAISON))
                        .contentType(MediaType.APPLICATION_JSON).content(body("probation", "Asked about A123456789")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("description"));
    }

    @Test
    void only_the_ombudsperson_approves_a_public_summary() throws Exception {
        mvc.perform(post("/api/v1/staff/federal-requests/{id}/public-summary", "any").with(user(LIAISON))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"publicSummary\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_invalid_filter_is_a_400_in_the_visitors_language() throws Exception {
        assertThat(mvc.perform(get("/register").param("month", "March").param("lang", "es"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("AAAA-MM");
    }
}
