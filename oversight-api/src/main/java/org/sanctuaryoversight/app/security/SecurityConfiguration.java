package org.sanctuaryoversight.app.security;

import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.signin.AccessTokens;
import org.sanctuaryoversight.app.security.signin.BearerTokenFilter;
import org.sanctuaryoversight.app.security.signin.CitySignIn;
import org.sanctuaryoversight.app.security.signin.SignInAttempts;
import org.sanctuaryoversight.app.security.signin.SignInFlow;
import org.sanctuaryoversight.app.security.signin.SignInProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what, as three filter chains:
 * <ol>
 *   <li>{@code /api/**} and {@code /actuator/**}: the stateless JSON API. Public: filing and status by
 *       receipt code, health. Staff API endpoints require a personal access token ({@link BearerTokenFilter}).</li>
 *   <li>{@code /staff/**}: staff pages, signed in with any role.</li>
 *   <li>everything else: public pages for residents and the public, CSRF-protected, no third-party assets.</li>
 * </ol>
 * Deny by default: a path not listed here is closed. Which roles reach an endpoint is the endpoint's own
 * {@code @PreAuthorize}, enforced in the web layer before its arguments are read
 * ({@code app.web.PreAuthorizeInterceptor}, no method-security proxies), and per department in
 * the domain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Public pages and their assets; every other non-API, non-staff path is denied. */
    static final String[] PUBLIC_PAGES = {"/", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/complaints/**", "/status", "/status/**", "/privacy", "/accessibility", "/register/**", "/reports/**"};

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'none'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, SignInAttempts attempts,
                            org.springframework.context.MessageSource messages) throws Exception {
        // No passwords here: a password has no second factor, and the API has no second step. A person signed in
        // with both creates a personal access token (/staff/tokens) and sends it as "Authorization: Bearer".
        BearerTokenFilter bearer = new BearerTokenFilter(tokens, attempts, messages);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/api/v1/complaints", "/api/v1/complaints/status").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // only on the management port, which the proxy never publishes
                        .requestMatchers("/actuator/prometheus").permitAll()
                        .requestMatchers("/api/openapi.json", "/api/openapi.json.yaml").permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .requestMatchers("/api/v1/staff/**").authenticated()
                        .anyRequest().denyAll())
                // The JSON API uses no cookies or sessions, so there is no ambient credential to forge.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(bearer, org.springframework.security.web.authentication.AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(bearer))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staff(HttpSecurity http, SignInFlow signIn, StaffAccounts accounts, SignInProperties properties,
                              ObjectProvider<ClientRegistrationRepository> cityIdentityProviders) throws Exception {
        String[] roles = java.util.Arrays.stream(org.sanctuaryoversight.staff.StaffRole.values())
                .map(Enum::name).toArray(String[]::new);
        String[] secondStep = java.util.stream.Stream.concat(java.util.stream.Stream.of(SignInFlow.SECOND_STEP),
                java.util.Arrays.stream(roles).map(role -> "ROLE_" + role)).toArray(String[]::new);
        http.securityMatcher("/staff/**", "/login", "/login/**", "/logout", "/oauth2/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/login", "/login/blocked").permitAll()
                        // half signed in (right password, second step pending): only the second step
                        .requestMatchers("/login/totp").hasAnyAuthority(secondStep)
                        .anyRequest().hasAnyRole(roles))
                .addFilterBefore(signIn, org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new DisabledAccountFilter(accounts),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .formLogin(login -> login.loginPage("/login").successHandler(signIn).failureHandler(signIn))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").invalidateHttpSession(true)
                        .deleteCookies("SESSION", "JSESSIONID"))
                .headers(SecurityConfiguration::strictHeaders);
        if (cityIdentityProviders.getIfAvailable() != null) {
            // City single sign-on, only when spring.security.oauth2.client.registration.* is configured.
            CitySignIn city = new CitySignIn(accounts, signIn, properties.oidcUsernameClaim());
            http.oauth2Login(oidc -> oidc.loginPage("/login").successHandler(city).failureHandler(city));
        }
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().denyAll())
                // The error page is rendered for a refused POST too (a form with files too large to read): that
                // dispatch changes nothing and must not be refused again for want of the token in the unread body.
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> request.getDispatcherType() == jakarta.servlet.DispatcherType.ERROR))
                .headers(SecurityConfiguration::strictHeaders);
        return http.build();
    }

    private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }
}
