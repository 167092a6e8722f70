package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint Spring MVC knows (discovered at test time, so endpoints other capabilities add
 * are covered automatically), calls it as anonymous and as each staff role, and compares the outcome
 * with the designed rule table {@link #RULES}. An endpoint no rule covers fails the test: declare it.
 */
@OversightTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    /** Stands in for numeric path variables: a period far in the future, so a publish attempt changes nothing. */
    static final String NUMBER = "9999";

    private static final Set<StaffRole> OFFICE = EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR);
    private static final Set<StaffRole> CASE_READERS =
            EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.AUDITOR);
    private static final Set<StaffRole> OMBUDSPERSON = EnumSet.of(StaffRole.OMBUDSPERSON);
    private static final Set<StaffRole> LIAISON = EnumSet.of(StaffRole.DEPARTMENT_LIAISON);
    private static final Set<StaffRole> REGISTRY = EnumSet.of(StaffRole.DEPARTMENT_LIAISON, StaffRole.OMBUDSPERSON);

    /**
     * Who may call what. The longest matching prefix wins (a rule for one method beats an any-method rule of the
     * same length); a prefix covers itself and the paths below it. Path variables are called with {@code sample}
     * (numbers: {@value #NUMBER}), which names no record: a liaison asking for a record of a department not
     * theirs is refused with 403 before the lookup, so for {@code ownDepartment} rules the liaison's expected
     * answer is 403 too.
     */
    static final List<Rule> RULES = List.of(
            Rule.open("/"),
            Rule.open("/error"),
            Rule.open("/complaints"),
            Rule.open("/status"),
            Rule.open("/privacy"),
            Rule.open("/accessibility"),
            Rule.open("/register"),
            Rule.open("/reports"),
            Rule.open("/api/v1/complaints"),
            Rule.open("/api/v1/public/"),
            // The API's own description, and the probes an orchestrator calls on the service port.
            Rule.open("/api/openapi.json"),
            Rule.open("/api/openapi.json.yaml"),
            Rule.open("/actuator/health"),
            Rule.open("/login"),
            Rule.staff("/login/totp", EnumSet.allOf(StaffRole.class)),
            // Staff areas: signed in; anything not declared below is open to every role.
            Rule.staff("/staff", EnumSet.allOf(StaffRole.class)),
            Rule.staff("/api/v1/staff/", EnumSet.allOf(StaffRole.class)),
            Rule.staff("/staff/access-log", EnumSet.of(StaffRole.ADMIN, StaffRole.AUDITOR)),
            Rule.staff("/api/v1/staff/access-log", EnumSet.of(StaffRole.ADMIN, StaffRole.AUDITOR)),
            Rule.staff("/staff/accounts", EnumSet.of(StaffRole.ADMIN)),
            // Personal access tokens for the JSON API: each person their own (issue 18).
            Rule.staff("/staff/tokens", EnumSet.allOf(StaffRole.class)),
            // Notifications: everyone sets their own address; the administrator anyone's, on the accounts page.
            Rule.staff("/staff/email", EnumSet.allOf(StaffRole.class)),
            Rule.staff("/staff/accounts/sample/email", EnumSet.of(StaffRole.ADMIN)),
            Rule.staff("/api/v1/staff/accounts", EnumSet.of(StaffRole.ADMIN)),
            // Operating the service: events the projections could not process (issue 15).
            Rule.staff("/staff/operations", EnumSet.of(StaffRole.ADMIN)),
            // Intake: the office (and the administrator at a front desk) enters phone/mail complaints;
            // only the office writes to complainants.
            Rule.staff("/staff/intake", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.ADMIN)),
            Rule.staff("/api/v1/staff/complaints/", OFFICE),
            // Casework: the office works cases, the auditor reads them, a liaison sees only referrals to their department.
            Rule.staff(HttpMethod.GET, "/staff/cases", CASE_READERS),
            Rule.staff(HttpMethod.POST, "/staff/cases", OFFICE),
            Rule.staff(HttpMethod.GET, "/api/v1/staff/cases", CASE_READERS),
            Rule.staff(HttpMethod.POST, "/api/v1/staff/cases", OFFICE),
            Rule.staff("/staff/cases/sample/attachments", OFFICE),
            Rule.staff("/staff/cases/reviews", OMBUDSPERSON),
            // The office's decisions are the ombudsperson's (assign, recommend, close, reopen); the policies decide per case.
            Rule.staff("/staff/cases/sample/investigator", OMBUDSPERSON),
            Rule.staff("/staff/cases/sample/recommendations", OMBUDSPERSON),
            Rule.staff("/staff/cases/sample/closure", OMBUDSPERSON),
            Rule.staff("/staff/cases/sample/reopening", OMBUDSPERSON),
            // "Shred now" (issue 18): only the ombudsperson destroys a complaint's personal data before its time.
            Rule.staff("/staff/cases/sample/shredding", OMBUDSPERSON),
            Rule.staff("/api/v1/staff/cases/reviews", OMBUDSPERSON),
            // A complainant's contact details: only the people who work cases, never the auditor (access log, issue 7).
            Rule.staff("/staff/cases/sample/contact", OFFICE),
            Rule.staff("/api/v1/staff/cases/sample/contact", OFFICE),
            Rule.ownDepartment("/api/v1/staff/cases/sample/referrals/sample", OFFICE, LIAISON),
            Rule.staff("/api/v1/staff/cases/sample/recommendations/sample/answer",
                    EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.DEPARTMENT_LIAISON)),
            Rule.staff("/api/v1/staff/referrals", LIAISON),
            Rule.staff("/staff/department/referrals", LIAISON),
            Rule.ownDepartment("/staff/department/recommendations/sample/sample", EnumSet.noneOf(StaffRole.class), LIAISON),
            Rule.ownDepartment("/staff/department/referrals/sample/sample", EnumSet.noneOf(StaffRole.class), LIAISON),
            // Registry: liaisons document for their department, the ombudsperson approves public summaries.
            Rule.staff("/staff/registry", REGISTRY),
            Rule.staff("/staff/registry/sample/public-summary", OMBUDSPERSON),
            Rule.staff("/api/v1/staff/federal-requests", REGISTRY),
            Rule.staff("/api/v1/staff/federal-requests/sample/public-summary", OMBUDSPERSON),
            // Surveillance audit: liaisons upload their department's license-plate reader logs and see its imports'
            // counts; the office and the auditor read the flagged searches; only the office opens officer names.
            Rule.staff("/staff/surveillance/upload", REGISTRY),
            Rule.staff("/staff/surveillance/imports", REGISTRY),
            Rule.staff(HttpMethod.GET, "/staff/surveillance", EnumSet.of(StaffRole.OMBUDSPERSON,
                    StaffRole.INVESTIGATOR, StaffRole.AUDITOR, StaffRole.DEPARTMENT_LIAISON)),
            Rule.ownDepartment("/staff/surveillance/imports/sample", EnumSet.of(StaffRole.OMBUDSPERSON,
                    StaffRole.INVESTIGATOR, StaffRole.AUDITOR), LIAISON),
            Rule.staff("/staff/surveillance/imports/sample/officers", OFFICE),
            Rule.staff("/staff/surveillance/cases", CASE_READERS),
            Rule.staff("/staff/surveillance/agencies", OMBUDSPERSON),
            // Reports: the ombudsperson publishes; the administrator and the auditor may look at the drafts, the
            // previews and the state of published versions.
            Rule.staff("/staff/reports", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.ADMIN, StaffRole.AUDITOR)),
            Rule.staff("/staff/reports/" + NUMBER + "/publish", OMBUDSPERSON),
            Rule.staff("/api/v1/staff/reports/" + NUMBER + "/preview",
                    EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.ADMIN, StaffRole.AUDITOR)),
            Rule.staff("/api/v1/staff/reports/" + NUMBER + "/publish", OMBUDSPERSON),
            Rule.staff("/api/v1/staff/reports/" + NUMBER + "/versions",
                    EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.ADMIN, StaffRole.AUDITOR)));

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_answers_every_caller_as_designed() throws Exception {
        List<Endpoint> endpoints = discover();
        assertThat(endpoints).as("endpoints discovered").isNotEmpty()
                .anySatisfy(e -> assertThat(e.path()).isEqualTo("/api/v1/complaints"));
        List<String> violations = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Optional<Rule> rule = ruleFor(endpoint);
            if (rule.isEmpty()) {
                violations.add(endpoint + ": no rule declared in AuthorizationMatrixTest.RULES");
                continue;
            }
            check(endpoint, rule.get(), null, violations);
            for (StaffRole role : StaffRole.values()) {
                check(endpoint, rule.get(), role, violations);
            }
        }
        assertThat(violations).as("authorization matrix violations").isEmpty();
    }

    @Test
    void undeclared_paths_are_closed_to_everyone_but_open_public_pages_stay_open() throws Exception {
        assertThat(call(new Endpoint(HttpMethod.GET, "/admin-console"), null).getStatus()).isIn(401, 403);
        assertThat(call(new Endpoint(HttpMethod.GET, "/api/v1/secret"), null).getStatus()).isIn(401, 403);
        assertThat(call(new Endpoint(HttpMethod.GET, "/api/v1/secret"), StaffRole.ADMIN).getStatus()).isEqualTo(403);
        MockHttpServletResponse staffPage = call(new Endpoint(HttpMethod.GET, "/staff/anything"), null);
        assertThat(staffPage.getStatus()).isEqualTo(302);
        assertThat(staffPage.getRedirectedUrl()).endsWith("/login");
        assertThat(call(new Endpoint(HttpMethod.GET, "/api/v1/staff/anything"), null).getStatus()).isEqualTo(401);
    }

    private void check(Endpoint endpoint, Rule rule, StaffRole role, List<String> violations) throws Exception {
        MockHttpServletResponse response = call(endpoint, role);
        int status = response.getStatus();
        String redirect = response.getRedirectedUrl();
        boolean toLogin = status == 302 && redirect != null && redirect.endsWith("/login");
        boolean denied = status == 401 || status == 403 || toLogin;
        String caller = role == null ? "anonymous" : role.name();
        String expected;
        boolean ok;
        if (rule.roles() == null) {
            expected = "allowed";
            ok = !denied;
        } else if (role == null) {
            expected = endpoint.path().startsWith("/api/") ? "401" : "redirect to /login";
            ok = endpoint.path().startsWith("/api/") ? status == 401 : toLogin;
        } else if (rule.roles().contains(role)) {
            expected = "allowed";
            ok = !denied;
        } else if (rule.ownDepartmentOnly().contains(role)) {
            expected = "403 (the sample record is not of their department)";
            ok = status == 403;
        } else {
            expected = "403";
            ok = status == 403;
        }
        if (!ok) {
            violations.add("%s as %s: expected %s, got %d%s".formatted(endpoint, caller, expected, status,
                    redirect == null ? "" : " -> " + redirect));
        }
    }

    private MockHttpServletResponse call(Endpoint endpoint, StaffRole role) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.path()).with(csrf());
        if (endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT
                || endpoint.method() == HttpMethod.PATCH) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        if (role != null) {
            request.with(user(new StaffPrincipal(new StaffMember("matrix-" + role.name().toLowerCase(),
                    "Matrix " + role, role, role == StaffRole.DEPARTMENT_LIAISON ? "police" : null))));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<Endpoint> discover() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{(period|version)}", NUMBER).replaceAll("\\{[^}]+}", "sample")
                        .replace("/**", "/sample");
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, path));
                } else {
                    methods.forEach(method -> endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), path)));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    static Optional<Rule> ruleFor(Endpoint endpoint) {
        return RULES.stream().filter(rule -> rule.covers(endpoint))
                .max(Comparator.<Rule>comparingInt(rule -> rule.prefix().length())
                        .thenComparing(rule -> rule.method() != null));
    }

    record Endpoint(HttpMethod method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * @param method            null for every method
     * @param roles             null for an open endpoint; otherwise the staff roles allowed
     * @param ownDepartmentOnly roles allowed for their own department's records only (403 for the sample record)
     */
    record Rule(HttpMethod method, String prefix, Set<StaffRole> roles, Set<StaffRole> ownDepartmentOnly) {
        static Rule open(String prefix) {
            return new Rule(null, prefix, null, Set.of());
        }

        static Rule staff(String prefix, Set<StaffRole> roles) {
            return new Rule(null, prefix, Set.copyOf(roles), Set.of());
        }

        static Rule staff(HttpMethod method, String prefix, Set<StaffRole> roles) {
            return new Rule(method, prefix, Set.copyOf(roles), Set.of());
        }

        static Rule ownDepartment(String prefix, Set<StaffRole> roles, Set<StaffRole> ownDepartmentOnly) {
            return new Rule(null, prefix, Set.copyOf(roles), Set.copyOf(ownDepartmentOnly));
        }

        boolean covers(Endpoint endpoint) {
            if (method != null && !method.equals(endpoint.method())) {
                return false;
            }
            String path = endpoint.path();
            if (prefix.equals("/")) {
                return path.equals("/");
            }
            String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
            return path.equals(base) || path.startsWith(base + "/");
        }
    }
}
