package org.sanctuaryoversight.app.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The liaison's HTML form: bound to the liaison's department, errors next to fields, in their language. */
@OversightTest
@AutoConfigureMockMvc
class StaffRegistryFormTest {

    static final StaffPrincipal LIAISON = new StaffPrincipal(
            new StaffMember("u-ana", "Ana Liaison", StaffRole.DEPARTMENT_LIAISON, "housing"));
    static final StaffPrincipal INVESTIGATOR = new StaffPrincipal(
            new StaffMember("u-ivy", "Ivy", StaffRole.INVESTIGATOR, null));

    @Autowired
    MockMvc mvc;

    static MockHttpServletRequestBuilder filled(String department, String description) {
        return post("/staff/registry").with(csrf()).with(user(LIAISON))
                .param("department", department)
                .param("receivedAt", LocalDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.MINUTES).toString())
                .param("agency", "ICE_HSI").param("channel", "PHONE")
                .param("requestTypes", "FACILITY_ACCESS").param("legalDocument", "NONE")
                .param("response", "DECLINED").param("description", description)
                .param("justification", "Policy: no access without a judicial warrant");
    }

    @Test
    void the_form_offers_only_the_liaisons_department_and_warns_against_identifiers() throws Exception {
        String page = mvc.perform(get("/staff/registry/new").with(user(LIAISON))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"housing\"").doesNotContain("value=\"police\"")
                .contains("Never write the person");
    }

    @Test
    void a_liaison_documents_for_their_department() throws Exception {
        String page = mvc.perform(filled("housing", "Agents asked to enter the building's staff area"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The request is documented").doesNotContain("review case was opened");
    }

    @Test
    void a_liaison_cannot_document_for_another_department() throws Exception {
        String page = mvc.perform(filled("police", "Agents asked to enter the building's staff area"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("only for your own department").doesNotContain("The request is documented");
    }

    @Test
    void an_identifier_in_free_text_is_refused_next_to_the_field_in_spanish() throws Exception {
        String page = mvc.perform(filled("housing", "Preguntaron por la fecha de nacimiento").param("lang", "es"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("una fecha de nacimiento").contains("has-error");
    }

    @Test
    void other_roles_may_not_document() throws Exception {
        mvc.perform(get("/staff/registry").with(user(INVESTIGATOR))).andExpect(status().isForbidden());
    }
}
