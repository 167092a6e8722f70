package org.sanctuaryoversight.app.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registry as the office and a department use it through the pages: the list (their department's, or all), a
 * record in words, the ombudsperson approving its public summary (then on {@code /register}, its CSV and JSON with its
 * flags), a liaison correcting their own record; bad input answered next to the field, another department refused.
 */
@OversightTest
@AutoConfigureMockMvc
class StaffRegistryPagesTest {

    static final StaffPrincipal COURTS_LIAISON = new StaffPrincipal(
            new StaffMember("u-cora", "Cora Courts", StaffRole.DEPARTMENT_LIAISON, "courts"));
    static final StaffPrincipal HEALTH_LIAISON = new StaffPrincipal(
            new StaffMember("u-hal", "Hal Health", StaffRole.DEPARTMENT_LIAISON, "health"));
    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("u-oona", "Oona Ombuds", StaffRole.OMBUDSPERSON, null));
    static final StaffPrincipal INVESTIGATOR = new StaffPrincipal(
            new StaffMember("u-ines", "Ines", StaffRole.INVESTIGATOR, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    StaffAccounts accounts;

    /** The people have accounts, so the pages can name them. */
    @BeforeEach
    void accounts() {
        for (StaffPrincipal person : List.of(COURTS_LIAISON, HEALTH_LIAISON, OMBUDSPERSON)) {
            if (accounts.find(person.member().userId()).isEmpty()) {
                accounts.create(person.member(), "a long test password", false, "test");
            }
        }
        await().until(() -> accounts.find(OMBUDSPERSON.member().userId()).isPresent()
                && accounts.find(COURTS_LIAISON.member().userId()).isPresent());
    }

    /** A detainer honoured on a detainer: flagged under the detainer rule. Returns the new record's id. */
    String documentDetainer(StaffPrincipal liaison, String description) throws Exception {
        MockHttpServletResponse response = mvc.perform(form(liaison, liaison.member().department(), description,
                "DETAINER", "COMPLIED")).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        String link = page.getElementById("documented-record").attr("href");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    static MockHttpServletRequestBuilder form(StaffPrincipal who, String department, String description,
                                              String document, String answer) {
        return multipart("/staff/registry").with(csrf()).with(user(who))
                .param("department", department)
                .param("receivedAt", LocalDateTime.now(ZoneOffset.UTC).minusHours(3).truncatedTo(ChronoUnit.MINUTES).toString())
                .param("agency", "ICE_ERO").param("channel", "LETTER_OR_FAX")
                .param("requestTypes", "DETAINER_HOLD").param("legalDocument", document)
                .param("response", answer).param("description", description)
                .param("justification", "The watch commander decided");
    }

    String page(StaffPrincipal who, String path, Locale locale) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(who)).locale(locale)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void each_liaison_lists_their_own_department_and_the_office_lists_and_filters_them_all() throws Exception {
        String courts = documentDetainer(COURTS_LIAISON, "Asked the court holding cell to hold someone " + UUID.randomUUID());
        String health = mvc.perform(form(HEALTH_LIAISON, "health", "Asked for clinic visit records", "NONE", "DECLINED"))
                .andReturn().getResponse().getContentAsString();
        String healthId = Jsoup.parse(health).getElementById("documented-record").attr("href").replace("/staff/registry/", "");

        String courtsList = Jsoup.parse(page(COURTS_LIAISON, "/staff/registry", Locale.ENGLISH)).text();
        assertThat(page(COURTS_LIAISON, "/staff/registry", Locale.ENGLISH)).contains(courts).doesNotContain(healthId);
        assertThat(courtsList).contains("Document a federal request")
                .contains("Detainer honoured without a judicial warrant").contains("Awaiting the office's approval")
                .doesNotContain("Every department");

        assertThat(page(OMBUDSPERSON, "/staff/registry", Locale.ENGLISH)).contains(courts, healthId);
        assertThat(page(OMBUDSPERSON, "/staff/registry?flagged=true", Locale.ENGLISH)).contains(courts)
                .doesNotContain(healthId);
        assertThat(page(OMBUDSPERSON, "/staff/registry?department=health", Locale.ENGLISH)).contains(healthId)
                .doesNotContain(courts);
        // a liaison cannot widen their list to another department
        assertThat(page(COURTS_LIAISON, "/staff/registry?department=health", Locale.ENGLISH)).doesNotContain(healthId);
        assertThat(page(OMBUDSPERSON, "/staff/registry", Locale.forLanguageTag("es")))
                .contains("Orden de retención cumplida sin orden judicial");

        assertThat(mvc.perform(get("/staff/registry?department=nowhere").with(user(OMBUDSPERSON))).andReturn()
                .getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/staff/registry").with(user(INVESTIGATOR))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        // the work list counts what awaits the ombudsperson
        assertThat(page(OMBUDSPERSON, "/staff", Locale.ENGLISH)).contains("flagged federal request")
                .contains("/staff/registry?flagged=true&amp;awaiting=true");
    }

    @Test
    void a_record_reads_in_words_with_its_flag_rule_clause_and_reason_and_only_its_department_and_the_office_see_it()
            throws Exception {
        String id = documentDetainer(COURTS_LIAISON, "Asked to hold a person in the courthouse " + UUID.randomUUID());
        String record = page(COURTS_LIAISON, "/staff/registry/" + id, Locale.ENGLISH);
        Document html = Jsoup.parse(record);
        assertThat(html.getElementById("record-department").text()).isEqualTo("Courts and City Attorney");
        assertThat(html.getElementById("record-response").text()).isEqualTo("Complied");
        assertThat(html.getElementById("flags").text()).contains("Detainer honoured without a judicial warrant",
                "Ordinance: Restriction on Use of County Law Enforcement Resources",
                "answer: complied; document presented: detainer");
        assertThat(html.getElementById("public-state").text()).contains("Not on the public register yet");
        assertThat(html.getElementById("approve")).as("only the ombudsperson approves").isNull();
        assertThat(Jsoup.parse(page(OMBUDSPERSON, "/staff/registry/" + id, Locale.forLanguageTag("es")))
                .getElementById("flags").text()).contains("Restricción del uso de los recursos policiales del condado",
                "respuesta: cumplida");
        assertThat(Jsoup.parse(page(OMBUDSPERSON, "/staff/registry/" + id, Locale.ENGLISH))
                .getElementById("review-case").attr("href")).isEqualTo("/staff/cases/review-" + id);

        assertThat(mvc.perform(get("/staff/registry/" + id).with(user(HEALTH_LIAISON))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/staff/registry/" + id).with(user(INVESTIGATOR))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/staff/registry/no-such-request").with(user(OMBUDSPERSON))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void the_ombudsperson_approves_the_summary_and_the_record_and_its_flag_are_on_the_register_csv_and_json()
            throws Exception {
        String id = documentDetainer(COURTS_LIAISON, "Asked to hold a defendant after the hearing " + UUID.randomUUID());
        String summary = "ICE asked the court to hold a person after a hearing; it was honoured. " + UUID.randomUUID();

        // bad input: nothing approved, the reason next to the field, in the person's language
        MockHttpServletResponse empty = mvc.perform(post("/staff/registry/{id}/public-summary", id).with(csrf())
                .with(user(OMBUDSPERSON)).param("publicSummary", " ")).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.getContentAsString()).getElementById("publicSummary-error").text())
                .isEqualTo("Public summary is required.");
        MockHttpServletResponse named = mvc.perform(post("/staff/registry/{id}/public-summary", id).with(csrf())
                .with(user(OMBUDSPERSON)).locale(Locale.forLanguageTag("es"))
                .param("publicSummary", "Retención de la persona A123456789")).andReturn().getResponse();
        assertThat(named.getStatus()).isEqualTo(400);
        assertThat(named.getContentAsString()).contains("un número A").contains("Retención de la persona A123456789");
        assertThat(mvc.perform(post("/staff/registry/{id}/public-summary", id).with(csrf()).with(user(COURTS_LIAISON))
                .param("publicSummary", summary)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/public/federal-requests.csv")).andReturn().getResponse()
                .getContentAsString()).doesNotContain(id);

        MvcResult approved = mvc.perform(post("/staff/registry/{id}/public-summary", id).with(csrf())
                .with(user(OMBUDSPERSON)).param("publicSummary", summary)).andReturn();
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo("/staff/registry/" + id);
        Document after = Jsoup.parse(mvc.perform(get(approved.getResponse().getRedirectedUrl()).with(user(OMBUDSPERSON))
                .flashAttrs(approved.getFlashMap())).andReturn().getResponse().getContentAsString());
        assertThat(after.getElementById("confirmation").text())
                .isEqualTo("The public summary is approved and will appear on the public register.");
        assertThat(after.getElementById("public-state").text()).contains("Approved on").contains("Oona Ombuds");
        assertThat(after.getElementById("public-summary").text()).isEqualTo(summary);

        // straight after the approval, without waiting: the register and its downloads show it, with its flag
        Document register = Jsoup.parse(mvc.perform(get("/register").param("department", "courts")).andReturn()
                .getResponse().getContentAsString());
        assertThat(register.select("tbody tr").stream().filter(row -> row.text().contains(summary)).findFirst()
                .orElseThrow().text()).contains("Detainer honoured without a judicial warrant", "Restriction on Use of County Law Enforcement Resources");
        String csv = mvc.perform(get("/api/v1/public/federal-requests.csv").param("department", "courts")).andReturn()
                .getResponse().getContentAsString();
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",approved_at,compliance_flags");
        assertThat(csv.lines().filter(line -> line.contains(id)).findFirst().orElseThrow())
                .contains(summary).endsWith("\"DETAINER_WITHOUT_JUDICIAL_WARRANT\"");
        JsonNode record = null;
        for (JsonNode node : json.readTree(mvc.perform(get("/api/v1/public/federal-requests.json")
                .param("department", "courts")).andReturn().getResponse().getContentAsString())) {
            if (node.get("id").asText().equals(id)) {
                record = node;
            }
        }
        assertThat(record).isNotNull();
        assertThat(record.get("complianceFlags").get(0).get("rule").asText()).isEqualTo("DETAINER_WITHOUT_JUDICIAL_WARRANT");
        assertThat(record.get("complianceFlags").get(0).get("ordinanceClause").asText())
                .isEqualTo("Restriction on Use of County Law Enforcement Resources");
        for (String published : new String[] {register.html(), csv, record.toString()}) {
            assertThat(published).doesNotContain("Cora Courts").doesNotContain("u-cora").doesNotContain("Oona Ombuds")
                    .doesNotContain("The watch commander decided");
        }
    }

    @Test
    void a_liaison_corrects_their_own_record_which_then_awaits_the_office_again() throws Exception {
        String id = documentDetainer(COURTS_LIAISON, "Asked to hold someone in the jury room " + UUID.randomUUID());
        mvc.perform(post("/staff/registry/{id}/public-summary", id).with(csrf()).with(user(OMBUDSPERSON))
                .param("publicSummary", "ICE asked the court to hold a person; it was honoured."));

        Document correction = Jsoup.parse(page(COURTS_LIAISON, "/staff/registry/" + id + "/amendment", Locale.ENGLISH));
        assertThat(correction.select("#department option")).singleElement()
                .satisfies(option -> assertThat(option.val()).isEqualTo("courts"));
        assertThat(correction.select("#response-COMPLIED").hasAttr("checked")).isTrue();
        String receivedAt = correction.getElementById("receivedAt").val();

        String description = correction.getElementById("description").text();
        MockHttpServletResponse noReason = mvc.perform(correction(id, COURTS_LIAISON, receivedAt, description, ""))
                .andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("Reason for the correction is required.");

        MockHttpServletResponse done = mvc.perform(correction(id, COURTS_LIAISON, receivedAt, description,
                "The hold was refused after all")).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/staff/registry/" + id);
        Document record = Jsoup.parse(page(COURTS_LIAISON, "/staff/registry/" + id, Locale.ENGLISH));
        assertThat(record.getElementById("record-department").text()).as("the record stays with its department")
                .isEqualTo("Courts and City Attorney");
        assertThat(record.getElementById("record-response").text()).isEqualTo("Declined");
        assertThat(record.getElementById("amendments").text()).contains("Cora Courts",
                "Reason: The hold was refused after all", "Changed: Response, Why the department answered this way");
        assertThat(record.getElementById("public").text()).contains("corrected after this approval");
        assertThat(page(OMBUDSPERSON, "/staff/registry?awaiting=true", Locale.ENGLISH)).contains(id);

        assertThat(mvc.perform(get("/staff/registry/{id}/amendment", id).with(user(HEALTH_LIAISON))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(correction(id, HEALTH_LIAISON, receivedAt, description, "Mine now")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }

    /** The correction form as posted; the department field says "health", which the record ignores. */
    static MockHttpServletRequestBuilder correction(String id, StaffPrincipal who, String receivedAt, String description,
                                                    String reason) {
        return multipart("/staff/registry/{id}/amendment", id).with(csrf()).with(user(who))
                .param("department", "health").param("receivedAt", receivedAt).param("agency", "ICE_ERO")
                .param("channel", "LETTER_OR_FAX").param("requestTypes", "DETAINER_HOLD")
                .param("legalDocument", "DETAINER").param("response", "DECLINED").param("description", description)
                .param("justification", "The judge refused").param("reason", reason);
    }
}
