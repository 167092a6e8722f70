package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 16's "refreshing the receipt page files a second complaint": the form carries a one-time token, and a
 * repeated post with it files nothing and says, in the person's language, that the complaint was already received.
 */
@OversightTest
@AutoConfigureMockMvc
class SubmissionTokenTest {

    static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    Serializer serializer;
    @Autowired
    PersonalDataVault vault;

    String tokenOfTheForm() throws Exception {
        String page = mvc.perform(get("/complaints/new")).andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the form carries a submission token").isTrue();
        return token.group(1);
    }

    long filed(String narrative) {
        return StoredEvents.complaintsFiledWith(narrative, database, serializer, vault);
    }

    static MockHttpServletRequestBuilder complaint(String narrative, String token) {
        return post("/complaints").with(csrf()).param("submissionToken", token).param("narrative", narrative)
                .param("allegations", "OTHER").param("anonymous", "yes");
    }

    @Test
    void the_same_form_posted_twice_files_once_and_the_second_answer_says_it_was_already_received() throws Exception {
        String narrative = "Refreshed receipt page " + UUID.randomUUID();
        String token = tokenOfTheForm();
        assertThat(tokenOfTheForm()).as("every form its own token").isNotEqualTo(token);

        mvc.perform(complaint(narrative, token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receipt-code\"")));
        mvc.perform(complaint(narrative, token).locale(Locale.forLanguageTag("es")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Su queja ya fue recibida")))
                .andExpect(content().string(containsString("no se presentó nada por segunda vez")))
                .andExpect(content().string(not(containsString("receipt-code"))));
        mvc.perform(complaint(narrative, token))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Your complaint was already received")));
        assertThat(filed(narrative)).isEqualTo(1);

        // a new form is a new complaint
        mvc.perform(complaint(narrative, tokenOfTheForm())).andExpect(status().isOk());
        assertThat(filed(narrative)).isEqualTo(2);
    }

    @Test
    void a_refused_filing_gives_its_token_back_so_the_corrected_form_can_be_sent() throws Exception {
        String narrative = "Corrected after an error " + UUID.randomUUID();
        String token = tokenOfTheForm();
        mvc.perform(post("/complaints").with(csrf()).param("submissionToken", token).param("narrative", narrative)
                        .param("anonymous", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"allegations-error\"")))
                .andExpect(content().string(containsString("value=\"" + token + "\"")));
        mvc.perform(complaint(narrative, token)).andExpect(status().isOk());
        assertThat(filed(narrative)).isEqualTo(1);
    }

    @Test
    void a_form_without_a_token_files_nothing_and_keeps_the_answers_with_a_new_token() throws Exception {
        String narrative = "No token " + UUID.randomUUID();
        String page = mvc.perform(post("/complaints").with(csrf()).locale(Locale.forLanguageTag("es"))
                        .param("narrative", narrative).param("allegations", "OTHER").param("anonymous", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Este formulario había caducado")))
                .andExpect(content().string(containsString(narrative + "</textarea>")))
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        assertThat(filed(narrative)).isZero();
        mvc.perform(complaint(narrative, token.group(1))).andExpect(status().isOk());
        assertThat(filed(narrative)).isEqualTo(1);
    }

    @Test
    void the_language_switch_keeps_the_forms_token() throws Exception {
        String token = tokenOfTheForm();
        mvc.perform(post("/complaints/new").with(csrf()).param("lang", "es").param("submissionToken", token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + token + "\"")));
    }
}
