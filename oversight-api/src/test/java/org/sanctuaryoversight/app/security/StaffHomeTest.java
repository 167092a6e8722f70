package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff home, where sign-in lands, offers each role exactly the areas it may open: every link it shows
 * answers 200 for that role, and every area it leaves out answers 403.
 */
@OversightTest
@AutoConfigureMockMvc
class StaffHomeTest {

    static final Pattern AREA_LINK = Pattern.compile("<li>\\s*<a href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Test
    void every_role_sees_the_areas_it_may_open_and_only_those() throws Exception {
        for (StaffRole role : StaffRole.values()) {
            StaffPrincipal principal = new StaffPrincipal(new StaffMember("home-" + role.name().toLowerCase(),
                    "Home " + role, role, role == StaffRole.DEPARTMENT_LIAISON ? "police" : null));
            MockHttpServletResponse home = mvc.perform(get("/staff").with(user(principal))).andReturn().getResponse();
            assertThat(home.getStatus()).as(role + " home").isEqualTo(200);
            String page = home.getContentAsString();
            assertThat(page).as(role + " sign-out").contains("action=\"/logout\"");
            List<String> shown = links(page.substring(page.indexOf("class=\"staff-areas\"")));
            assertThat(shown).as(role + " areas").isNotEmpty();
            for (StaffHomeController.Area area : StaffHomeController.AREAS) {
                int status = mvc.perform(get(area.path()).with(user(principal))).andReturn().getResponse().getStatus();
                if (shown.contains(area.path())) {
                    assertThat(status).as(role + " opens " + area.path()).isEqualTo(200);
                } else {
                    assertThat(status).as(role + " is refused " + area.path()).isEqualTo(403);
                }
            }
        }
    }

    @Test
    void the_home_speaks_spanish_and_is_closed_to_anonymous_visitors() throws Exception {
        StaffPrincipal auditor = new StaffPrincipal(new StaffMember("home-aud", "Ana Auditora", StaffRole.AUDITOR, null));
        String page = mvc.perform(get("/staff").param("lang", "es").with(user(auditor))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Sesión iniciada como Ana Auditora", "Registro de accesos", "Cerrar sesión");
        MockHttpServletResponse anonymous = mvc.perform(get("/staff")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
    }

    private static List<String> links(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = AREA_LINK.matcher(html.substring(0, html.indexOf("</ul>")));
        while (matcher.find()) {
            links.add(matcher.group(1));
        }
        return links;
    }
}
