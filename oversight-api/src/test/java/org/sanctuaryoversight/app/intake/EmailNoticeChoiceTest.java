package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.CollectionCounts;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Tell me by email when the office writes to me": a box on the public form right below the email address, unticked
 * by default, in English and Spanish; the JSON API takes the same choice ({@code contact.notifyByEmail}). Asking for
 * the notice without an address is refused next to the box, and nothing is stored. That the notice then arrives is
 * {@code ComplainantNoticeTest}'s.
 */
@OversightTest
@AutoConfigureMockMvc
class EmailNoticeChoiceTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    com.mongodb.client.MongoDatabase database;
    final ObjectMapper json = new ObjectMapper();

    @Test
    void the_box_sits_below_the_email_address_unticked_in_both_languages() throws Exception {
        Document english = Jsoup.parse(mvc.perform(get("/complaints/new")).andReturn().getResponse().getContentAsString());
        assertThat(english.selectFirst("#notifyByEmail").hasAttr("checked")).isFalse();
        assertThat(english.selectFirst("label[for=notifyByEmail]").text())
                .isEqualTo("Tell me by email when the office writes to me");
        assertThat(english.selectFirst("#notifyByEmail-hint").text()).contains("never what it wrote");
        assertThat(english.selectFirst("#contactEmail").parent().nextElementSibling().selectFirst("#notifyByEmail"))
                .as("right below the email address").isNotNull();
        Document spanish = Jsoup.parse(mvc.perform(get("/complaints/new").locale(Locale.forLanguageTag("es")))
                .andReturn().getResponse().getContentAsString());
        assertThat(spanish.selectFirst("label[for=notifyByEmail]").text())
                .isEqualTo("Avíseme por correo electrónico cuando la oficina me escriba");
    }

    @Test
    void asking_for_the_notice_without_an_address_is_refused_next_to_the_box_and_nothing_is_stored() throws Exception {
        Map<String, Long> before = CollectionCounts.of(database);
        MockHttpServletResponse refused = mvc.perform(post("/complaints").with(csrf()).locale(Locale.forLanguageTag("es"))
                .param("submissionToken", FormTokens.fresh()).param("narrative", "Me pidieron papeles.")
                .param("allegations", "OTHER").param("anonymous", "no").param("contactPhone", "+1 555 0100")
                .param("notifyByEmail", "true")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.selectFirst("#notifyByEmail-error").text()).isEqualTo(
                "Pidió que le avisemos por correo cuando la oficina le escriba: escriba su correo electrónico (o no pida el aviso).");
        assertThat(page.selectFirst("#notifyByEmail").hasAttr("checked")).as("the choice is kept").isTrue();
        assertThat(CollectionCounts.of(database)).isEqualTo(before);
    }

    @Test
    void the_json_api_takes_the_same_choice_and_the_same_rule() throws Exception {
        MockHttpServletResponse filed = mvc.perform(post("/api/v1/complaints").contentType("application/json").content("""
                {"narrative":"Asked for papers.","allegations":["OTHER"],"language":"en","anonymous":false,
                 "contact":{"email":"me@home.example","notifyByEmail":true}}""")).andReturn().getResponse();
        assertThat(filed.getStatus()).isEqualTo(201);

        MockHttpServletResponse refused = mvc.perform(post("/api/v1/complaints").contentType("application/json").content("""
                {"narrative":"Asked for papers.","allegations":["OTHER"],"language":"en","anonymous":false,
                 "contact":{"phone":"+1 555 0100","notifyByEmail":true}}""")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        JsonNode problem = json.readTree(refused.getContentAsString());
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("contact.notifyByEmail");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .isEqualTo("You asked to be told by email when the office writes to you: enter your email address (or do not ask for it).");
    }
}
