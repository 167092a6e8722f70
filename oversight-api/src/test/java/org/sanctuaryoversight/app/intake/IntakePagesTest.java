package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.serialization.Serializer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanctuaryoversight.app.support.DispatchedHere;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.app.web.Languages;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

@OversightTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class IntakePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    com.mongodb.client.MongoDatabase database;
    @Autowired
    CommandBus commandBus;
    @Autowired
    EventBus eventBus;
    @Autowired
    Serializer serializer;
    @Autowired
    PersonalDataVault vault;

    long stored() {
        return database.getCollection(org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine.COMMITS)
                .countDocuments() + database.getCollection(org.sanctuaryoversight.privacy.MongoDataKeyStore.COLLECTION)
                .countDocuments();
    }

    @Test
    void public_pages_render_in_both_languages() throws Exception {
        mvc.perform(get("/").locale(Locale.forLanguageTag("es"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("Presentar una queja")));
        mvc.perform(get("/privacy")).andExpect(status().isOk())
                .andExpect(content().string(containsString("We never ask for your immigration status")));
        mvc.perform(get("/accessibility").locale(Locale.forLanguageTag("es"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Declaración de accesibilidad")));
    }

    @Test
    void form_and_status_pages_are_never_cached() throws Exception {
        mvc.perform(get("/complaints/new")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/status")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void validation_errors_are_shown_next_to_the_field_in_the_page_language_with_the_input_kept() throws Exception {
        mvc.perform(post("/complaints").with(csrf()).locale(Locale.forLanguageTag("es")).param("submissionToken", FormTokens.fresh())
                        .param("narrative", "Me pidieron papeles en la escuela")
                        .param("anonymous", "no")
                        .param("contactEmail", "no-es-un-correo"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("id=\"allegations-error\"")))
                .andExpect(content().string(containsString("Elija al menos un tipo de violación")))
                .andExpect(content().string(containsString("id=\"contactEmail-error\"")))
                .andExpect(content().string(containsString("value=\"no-es-un-correo\"")))
                .andExpect(content().string(containsString("Me pidieron papeles en la escuela</textarea>")));
    }

    @Test
    void the_forms_language_switch_keeps_the_input_and_stores_nothing() throws Exception {
        mvc.perform(post("/complaints/new").with(csrf()).param("lang", "es").param("narrative", "Draft text"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("Draft text</textarea>")))
                .andExpect(content().string(not(containsString("field-error"))));
    }

    /**
     * JOURNEYS.md, "Resident" 1: the language list on the complaint form is the form's own submit buttons, not links
     * (a link would lose a long account). Switching shows every answer as typed in the chosen language, with no
     * validation error and the same submission token, and dispatches no command, stores no event or document and logs
     * none of it; the token then files the complaint once.
     */
    @Test
    void the_language_list_on_the_form_posts_the_answers_back_and_switching_dispatches_and_stores_nothing(
            CapturedOutput output) throws Exception {
        Document empty = Jsoup.parse(mvc.perform(get("/complaints/new")).andReturn().getResponse().getContentAsString());
        assertThat(empty.select("nav.languages a")).as("no link that would lose what was typed").isEmpty();
        Elements switches = empty.select("nav.languages button[type=submit][name=lang][form=complaint-form]"
                + "[formaction=/complaints/new][formmethod=post][formnovalidate]"
                + "[formenctype=application/x-www-form-urlencoded]");
        assertThat(switches.eachAttr("value")).containsExactlyElementsOf(
                Languages.PUBLIC.stream().map(Languages.Language::tag).toList());
        assertThat(empty.select("form#complaint-form[action=/complaints]")).hasSize(1);
        String token = empty.selectFirst("input[name=submissionToken]").val();

        String narrative = "At the library a guard asked for my papers " + UUID.randomUUID()
                + ".\nI was afraid and left.\nThe next day he was there again.";
        try (DispatchedHere dispatched = new DispatchedHere(commandBus, eventBus)) {
            long before = stored();
            String html = mvc.perform(post("/complaints/new").with(csrf()).param("lang", "es")
                            .param("submissionToken", token).param("narrative", narrative)
                            .param("incidentDate", "2026-11").param("location", "Main library, Fifth Street")
                            .param("departments", "police").param("allegations", "INQUIRING_ABOUT_STATUS")
                            .param("allegations", "OTHER").param("anonymous", "no").param("contactName", "Rosa Ejemplo")
                            .param("contactEmail", "rosa@example.org").param("notifyByEmail", "true")
                            .param("preferredMethod", "EMAIL").param("attachments", "photo.jpg"))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", containsString("no-store")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(dispatched.payloads()).as("commands and events dispatched by the switch").isEmpty();
            assertThat(stored()).as("events and personal-data keys stored by the switch").isEqualTo(before);

            Document switched = Jsoup.parse(html);
            assertThat(switched.selectFirst("html").attr("lang")).isEqualTo("es");
            assertThat(switched.selectFirst("h1").text()).isEqualTo("Presentar una queja");
            assertThat(switched.select("textarea#narrative").first().wholeText()).isEqualTo(narrative);
            assertThat(switched.select("#incidentDate").val()).isEqualTo("2026-11");
            assertThat(switched.select("#location").val()).isEqualTo("Main library, Fifth Street");
            assertThat(switched.select("input[checked]").eachAttr("id")).containsExactlyInAnyOrder(
                    "allegation-INQUIRING_ABOUT_STATUS", "allegation-OTHER", "department-police", "anonymous-no",
                    "notifyByEmail");
            assertThat(switched.select("#contactName").val()).isEqualTo("Rosa Ejemplo");
            assertThat(switched.select("#contactEmail").val()).isEqualTo("rosa@example.org");
            assertThat(switched.select("#preferredMethod option[selected]").val()).isEqualTo("EMAIL");
            assertThat(switched.select("input[name=submissionToken]").val()).isEqualTo(token);
            assertThat(switched.select(".field-error, .error-summary, [aria-invalid=true]")).as("no validation").isEmpty();
            assertThat(switched.select("#attachments-again").text()).as("files are not kept: choose them again")
                    .contains("Elíjalos de nuevo");
            assertThat(switched.select("nav.languages button[aria-current=true]").val()).isEqualTo("es");
            assertThat(output.getAll()).doesNotContain("guard asked for my papers").doesNotContain("Rosa Ejemplo")
                    .doesNotContain("rosa@example.org");

            // the token is still the form's: sending files it, once
            mvc.perform(post("/complaints").with(csrf()).param("submissionToken", token).param("narrative", narrative)
                            .param("allegations", "OTHER").param("anonymous", "yes"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"receipt-code\"")));
            assertThat(dispatched.payloads()).as("what a filing dispatches, seen the same way").isNotEmpty();
        }
        assertThat(StoredEvents.complaintsFiledWith(narrative, database, serializer, vault)).isEqualTo(1);
    }

    @Test
    void a_filed_complaint_shows_the_receipt_once_and_an_unknown_code_is_refused_in_spanish() throws Exception {
        mvc.perform(post("/complaints").with(csrf()).param("submissionToken", FormTokens.fresh())
                        .param("narrative", "Something happened").param("allegations", "OTHER").param("anonymous", "yes"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().string(containsString("id=\"receipt-code\"")));
        mvc.perform(post("/status").with(csrf()).locale(Locale.forLanguageTag("es"))
                        .param("receiptCode", "0000-0000-0000-0000-0000"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Ninguna queja")));
        mvc.perform(post("/status").with(csrf()).param("receiptCode", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A receipt code has 20 digits")));
    }

    @Test
    void an_unknown_allegation_value_is_an_error_not_a_crash() throws Exception {
        mvc.perform(post("/complaints").with(csrf()).param("submissionToken", FormTokens.fresh()).param("narrative", "x").param("allegations", "NOT_A_CATEGORY")
                        .param("anonymous", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"allegations-error\"")));
    }

    @Test
    void posting_without_a_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/complaints").param("narrative", "x")).andExpect(status().isForbidden());
    }

    /**
     * Issue 18: the form took fields it does not have (and dropped them silently) where the JSON API refuses them. One
     * rule for both: a field the form does not have is refused, in the page's language, and nothing is stored.
     */
    @Test
    void a_field_the_form_does_not_have_is_refused_like_the_api_refuses_it() throws Exception {
        long before = stored();
        for (String[] field : new String[][] {{"immigrationStatus", "undocumented"},
                {"class.module.classLoader.DefaultAssertionStatus", "false"}, {"departments[$gt]", ""},
                {"receiptVerifier", "x"}}) {
            mvc.perform(post("/complaints").with(csrf()).locale(Locale.forLanguageTag("es"))
                            .param("submissionToken", FormTokens.fresh()).param("narrative", "Something happened")
                            .param("allegations", "OTHER").param("anonymous", "yes").param(field[0], field[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("Este campo no se acepta")))
                    .andExpect(content().string(not(containsString("id=\"receipt-code\""))));
        }
        org.assertj.core.api.Assertions.assertThat(stored()).isEqualTo(before);
    }

    /** Bytes that are not UTF-8 reach the form as U+FFFD; the text rule the API applies refuses them too. */
    @Test
    void a_form_post_that_is_not_utf8_is_refused() throws Exception {
        long before = stored();
        mvc.perform(post("/complaints").with(csrf()).contentType("application/x-www-form-urlencoded")
                        .content("submissionToken=" + FormTokens.fresh() + "&narrative=caf%C3%28%FF&allegations=OTHER&anonymous=yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"narrative-error\"")))
                .andExpect(content().string(containsString("could not be read")));
        org.assertj.core.api.Assertions.assertThat(stored()).isEqualTo(before);
    }
}
