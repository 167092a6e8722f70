package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A form or API call about a record that does not exist answers 404 in the reader's language, never 500. */
@OversightTest
@AutoConfigureMockMvc
class PageErrorsTest {

    static final StaffPrincipal OMBUD = new StaffPrincipal(
            new StaffMember("omb-1", "Olivia Ombud", StaffRole.OMBUDSPERSON, null));

    @Autowired
    MockMvc mvc;

    @Test
    void a_page_form_for_an_unknown_case_shows_the_not_found_page_in_the_readers_language() throws Exception {
        MockHttpServletResponse english = mvc.perform(post("/staff/cases/no-such-case/acknowledgement")
                .with(user(OMBUD)).with(csrf())).andReturn().getResponse();
        assertThat(english.getStatus()).isEqualTo(404);
        assertThat(english.getContentAsString()).contains("Page not found").contains("nothing was changed");

        MockHttpServletResponse spanish = mvc.perform(post("/staff/cases/no-such-case/acknowledgement")
                .param("lang", "es").with(user(OMBUD)).with(csrf())).andReturn().getResponse();
        assertThat(spanish.getStatus()).isEqualTo(404);
        assertThat(spanish.getContentAsString()).contains("Página no encontrada");
    }

    @Test
    void an_api_call_for_an_unknown_case_is_a_404_problem() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/staff/cases/no-such-case/acknowledgement")
                .with(user(OMBUD)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).contains("json");
    }
}
