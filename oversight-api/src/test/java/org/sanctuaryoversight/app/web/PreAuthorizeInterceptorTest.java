package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.staff.StaffAccountEvents.StaffAccountCreatedEvent;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An endpoint's {@code @PreAuthorize} is enforced by {@link PreAuthorizeInterceptor}, in the web layer, before the
 * handler reads its body or runs: here the administrators' "create a staff account" endpoint (a class-level rule),
 * whose body, when it runs, stores a {@link StaffAccountCreatedEvent}.
 */
@OversightTest
@AutoConfigureMockMvc
class PreAuthorizeInterceptorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;

    @Test
    void a_role_the_rule_refuses_gets_403_and_the_handler_never_runs() throws Exception {
        String userId = newUserId();
        MockHttpServletResponse refused = createAccount(userId, as(StaffRole.INVESTIGATOR));
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(created(userId)).as("no account was created").isZero();

        MockHttpServletResponse created = createAccount(userId, as(StaffRole.ADMIN));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created(userId)).as("the allowed role reached the handler").isEqualTo(1);
    }

    @Test
    void the_rule_is_checked_before_the_body_is_read_so_a_refused_role_learns_nothing_of_its_input() throws Exception {
        String malformed = "{\"userId\": ";
        assertThat(mvc.perform(post("/api/v1/staff/accounts").with(as(StaffRole.INVESTIGATOR))
                .contentType(MediaType.APPLICATION_JSON).content(malformed)).andReturn().getResponse().getStatus())
                .as("refused before binding").isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/staff/accounts").with(as(StaffRole.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(malformed)).andReturn().getResponse().getStatus())
                .as("the allowed role meets the body check").isEqualTo(400);
    }

    @Test
    void a_page_refuses_with_403_too_and_a_method_rule_is_stricter_than_its_class() throws Exception {
        assertThat(mvc.perform(get("/staff/accounts").with(as(StaffRole.AUDITOR))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        // the reports page's class admits the auditor; its publish method only the ombudsperson
        assertThat(mvc.perform(get("/staff/reports").with(as(StaffRole.AUDITOR))).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(post("/staff/reports/9999/publish").with(csrf()).with(as(StaffRole.AUDITOR)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse createAccount(String userId, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/v1/staff/accounts").with(caller).contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\":\"%s\",\"displayName\":\"Interceptor Test\",\"role\":\"AUDITOR\"}"
                        .formatted(userId))).andReturn().getResponse();
    }

    private long created(String userId) {
        return StoredEvents.ofType(StaffAccountCreatedEvent.class, database, serializer).stream()
                .filter(event -> event.userId().equals(userId)).count();
    }

    private static String newUserId() {
        return "interceptor-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static RequestPostProcessor as(StaffRole role) {
        return user(new StaffPrincipal(new StaffMember("interceptor-" + role.name().toLowerCase(), "Interceptor " + role,
                role, role == StaffRole.DEPARTMENT_LIAISON ? "police" : null)));
    }
}
