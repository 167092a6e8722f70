package org.sanctuaryoversight.app.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, as three filter chains:
 * <ol>
 *   <li>{@code /api/**} and {@code /actuator/**}: the stateless JSON API. Public: filing and status by
 *       receipt code, health. Staff API endpoints require a signed-in role.</li>
 *   <li>{@code /staff/**}: staff pages, signed in, role-checked per path (and per department in the domain).</li>
 *   <li>everything else: public pages for residents and the public, CSRF-protected, no third-party assets.</li>
 * </ol>
 * Deny by default: a path not listed here is closed.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Public pages and their assets; every other non-API, non-staff path is denied. */
    static final String[] PUBLIC_PAGES = {"/", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/complaints/**", "/status", "/status/**", "/privacy", "/accessibility", "/register/**", "/reports/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/api/v1/complaints", "/api/v1/complaints/status").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/api/v1/staff/**").authenticated()
                        .anyRequest().denyAll())
                // The JSON API uses no cookies or sessions, so there is no ambient credential to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http) throws Exception {
        http.securityMatcher("/staff/**", "/login", "/logout")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login.defaultSuccessUrl("/staff", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().denyAll())
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }
}
