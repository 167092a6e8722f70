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
import org.sanctuaryoversight.app.platform.SharedState;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 16's "refreshing the receipt page files a second complaint": the form carries a one-time token, and a
 * repeated post with it files nothing; it shows the same receipt code while it is remembered (encrypted under the
 * form's token), and afterwards says, in the person's language, that the complaint was already received. The status
 * page's message form is sent at most once the same way.
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
    void the_same_form_posted_twice_files_once_and_the_second_answer_shows_the_same_receipt_code() throws Exception {
        String narrative = "Refreshed receipt page " + UUID.randomUUID();
        String token = tokenOfTheForm();
        assertThat(tokenOfTheForm()).as("every form its own token").isNotEqualTo(token);

        String first = mvc.perform(complaint(narrative, token)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receipt-code\"")))
                .andReturn().getResponse().getContentAsString();
        String code = receiptCodeIn(first);
        // a refreshed receipt page (the browser posts the same form again), here switched to Spanish: the same code
        String again = mvc.perform(complaint(narrative, token).locale(Locale.forLanguageTag("es")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(receiptCodeIn(again)).isEqualTo(code);
        assertThat(filed(narrative)).isEqualTo(1);

        // neither the form's token nor the code is in the shared state in clear
        String shared = database.getCollection(SharedState.COLLECTION).find().into(new java.util.ArrayList<>()).toString();
        assertThat(shared).doesNotContain(token).doesNotContain(code).doesNotContain(code.replace("-", ""));

        // a new form is a new complaint
        mvc.perform(complaint(narrative, tokenOfTheForm())).andExpect(status().isOk());
        assertThat(filed(narrative)).isEqualTo(2);
    }

    @Test
    void once_the_code_is_no_longer_remembered_a_repeated_post_says_the_complaint_was_already_received()
            throws Exception {
        String narrative = "Refreshed much later " + UUID.randomUUID();
        String token = tokenOfTheForm();
        mvc.perform(complaint(narrative, token)).andExpect(status().isOk());
        // what a refresh finds once RECEIPT_REMEMBERED has passed: the claim, without the remembered code
        database.getCollection(SharedState.COLLECTION).deleteMany(
                com.mongodb.client.model.Filters.regex("_id", "^receipt:"));
        mvc.perform(complaint(narrative, token).locale(Locale.forLanguageTag("es")))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Su queja ya fue recibida")))
                .andExpect(content().string(containsString("no se presentó nada por segunda vez")))
                .andExpect(content().string(not(containsString("receipt-code"))));
        assertThat(filed(narrative)).isEqualTo(1);
    }

    @Test
    void a_refreshed_status_page_does_not_send_the_complainants_message_twice() throws Exception {
        String first = mvc.perform(complaint("Message twice " + UUID.randomUUID(), tokenOfTheForm()))
                .andReturn().getResponse().getContentAsString();
        String code = receiptCodeIn(first);
        // the status read model follows the filing shortly after
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(500)).until(() ->
                mvc.perform(post("/status").with(csrf()).param("receiptCode", code)).andReturn().getResponse()
                        .getStatus() == 200);
        String statusPage = mvc.perform(post("/status").with(csrf()).param("receiptCode", code))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher sendToken = Pattern.compile("name=\"sendToken\" value=\"([^\"]+)\"").matcher(statusPage);
        assertThat(sendToken.find()).as("the message form carries a one-time token").isTrue();
        String message = "Only once " + UUID.randomUUID();
        MockHttpServletRequestBuilder send = post("/status/messages").with(csrf()).param("receiptCode", code)
                .param("message", message).param("sendToken", sendToken.group(1));
        mvc.perform(send).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your message was sent to the office")));
        String refreshed = mvc.perform(send).andExpect(status().isOk())
                .andExpect(content().string(containsString("This message was already sent to the office")))
                .andReturn().getResponse().getContentAsString();
        assertThat(refreshed.split(Pattern.quote(message), -1)).as("the message appears once").hasSize(2);

        // a message form without its token sends nothing and keeps the text
        mvc.perform(post("/status/messages").with(csrf()).param("receiptCode", code).param("message", "No token"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("No token</textarea>")));
    }

    static String receiptCodeIn(String page) {
        Matcher group = Pattern.compile("<span class=\"receipt-group\">(\\d+)</span>").matcher(page);
        StringBuilder code = new StringBuilder();
        while (group.find()) {
            code.append(code.length() == 0 ? "" : "-").append(group.group(1));
        }
        assertThat(code).as("the page shows a receipt code").isNotEmpty();
        return code.toString();
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
