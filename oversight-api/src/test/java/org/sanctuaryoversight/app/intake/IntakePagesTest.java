package org.sanctuaryoversight.app.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@OversightTest
@AutoConfigureMockMvc
class IntakePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    com.mongodb.client.MongoDatabase database;

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
