package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

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
    void a_staff_members_error_page_keeps_the_staff_header_and_leads_back_to_the_work_list() throws Exception {
        Document notFound = Jsoup.parse(mvc.perform(post("/staff/cases/no-such-case/acknowledgement")
                .with(user(OMBUD)).with(csrf())).andReturn().getResponse().getContentAsString());
        assertStaffErrorPage(notFound);

        // A role refused on a staff page: Spring Security answers 403 and the container forwards to the error path.
        MockHttpServletResponse refused = mvc.perform(get("/error").with(user(OMBUD))
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/staff/access-log")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertStaffErrorPage(Jsoup.parse(refused.getContentAsString()));
    }

    @Test
    void the_publics_error_page_keeps_the_public_header_and_leads_to_the_home_page() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/error")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/staff/cases")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select(".staff-header")).isEmpty();
        assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to the home page");
    }

    private static void assertStaffErrorPage(Document page) {
        assertThat(page.select(".staff-header form[action=/logout]")).hasSize(1);
        assertThat(page.select("main a[href=/staff]").text()).isEqualTo("Work list");
        assertThat(page.select("main a[href=/]")).isEmpty();
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
