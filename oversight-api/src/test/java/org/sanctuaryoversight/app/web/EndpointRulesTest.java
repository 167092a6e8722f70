package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMethod;

/** A page reads who may act from the endpoint's own {@code @PreAuthorize}, not from a copy of it. */
@OversightTest
class EndpointRulesTest {

    @Autowired
    EndpointRules rules;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_rule_is_read_from_the_method_or_its_class_and_evaluated_for_the_signed_in_role() {
        signIn("ADMIN");
        assertThat(rules.allow(RequestMethod.GET, "/staff/accounts")).isTrue();
        assertThat(rules.allow(RequestMethod.GET, "/staff/reports")).isTrue();
        assertThat(rules.allow(RequestMethod.POST, "/staff/reports/{period}/publish")).isFalse();
        assertThat(rules.allow(RequestMethod.GET, "/staff/surveillance")).isFalse();
        assertThat(rules.allow(RequestMethod.GET, "/staff/tokens")).as("no rule of its own: any signed-in role").isTrue();
        signIn("OMBUDSPERSON");
        assertThat(rules.allow(RequestMethod.POST, "/staff/reports/{period}/publish")).isTrue();
        assertThat(rules.allow(RequestMethod.GET, "/staff/accounts")).isFalse();
        assertThat(rules.allow(RequestMethod.GET, "/staff/surveillance")).as("a class-level rule").isTrue();
    }

    @Test
    void nobody_signed_in_is_allowed_and_an_unknown_endpoint_is_a_programming_error() {
        assertThat(rules.allow(RequestMethod.GET, "/staff/tokens")).isFalse();
        signIn("ADMIN");
        assertThatThrownBy(() -> rules.allow(RequestMethod.GET, "/staff/nowhere"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "someone", null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
