package org.sanctuaryoversight.app.intake;

import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventhandling.EventBus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.DispatchedHere;
import org.sanctuaryoversight.app.support.FormTokens;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@OversightTest
@AutoConfigureMockMvc
class StaffIntakeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    CommandBus commandBus;
    @Autowired
    EventBus eventBus;

    @Test
    void staff_enter_a_phone_complaint_and_the_channel_is_recorded() throws Exception {
        long before = phoneFilings();
        mvc.perform(get("/staff/intake").with(user(OfficeMessagesApiTest.staff(StaffRole.INVESTIGATOR))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("name=\"channel\"")));
        mvc.perform(post("/staff/intake").with(csrf()).param("submissionToken", FormTokens.fresh()).with(user(OfficeMessagesApiTest.staff(StaffRole.OMBUDSPERSON)))
                        .param("channel", "PHONE").param("narrative", "Caller reports a jail hold")
                        .param("allegations", "HONOURING_DETAINER_OR_TRANSFER").param("anonymous", "yes"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"receipt-code\"")))
                .andExpect(content().string(containsString("Give this code to the resident now")));
        Awaitility.await().until(() -> phoneFilings() > before);
    }

    /** Filed events in the log whose intake channel is PHONE. */
    long phoneFilings() {
        long count = 0;
        for (org.bson.Document commit : database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find()) {
            for (org.bson.Document event : commit.getList("events", org.bson.Document.class)) {
                String payload = String.valueOf(event.get("payload"));
                if (event.getString("payloadType").endsWith("ComplaintFiledEvent") && payload.contains("\"channel\":\"PHONE\"")) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void the_channel_is_required_and_the_web_form_channel_is_not_a_staff_channel() throws Exception {
        mvc.perform(post("/staff/intake").with(csrf()).param("submissionToken", FormTokens.fresh()).with(user(OfficeMessagesApiTest.staff(StaffRole.ADMIN)))
                        .param("channel", "WEB_FORM").param("narrative", "x").param("allegations", "OTHER")
                        .param("anonymous", "yes"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose how the complaint reached the office.")));
    }

    @Test
    void auditors_and_liaisons_cannot_enter_complaints() throws Exception {
        for (StaffRole role : new StaffRole[] {StaffRole.AUDITOR, StaffRole.DEPARTMENT_LIAISON}) {
            mvc.perform(get("/staff/intake").with(user(OfficeMessagesApiTest.staff(role))))
                    .andExpect(status().isForbidden());
        }
    }

    /**
     * JOURNEYS.md, "Office staff": a complaint taken by phone is typed into the staff intake form while the caller
     * talks. The staff header's English/Spanish switch on that form is a button of the form, not a link: switching
     * shows every answer as typed (the channel too) in the other language with the same submission token, validates
     * nothing, and dispatches no command or event and stores nothing.
     */
    @Test
    void the_staff_language_switch_on_the_intake_form_keeps_what_was_typed_and_dispatches_and_stores_nothing()
            throws Exception {
        Document empty = Jsoup.parse(mvc.perform(get("/staff/intake").locale(Locale.ENGLISH)
                .with(user(OfficeMessagesApiTest.staff(StaffRole.INVESTIGATOR)))).andReturn().getResponse()
                .getContentAsString());
        assertThat(empty.select("a.language-switch")).as("no link that would lose what was typed").isEmpty();
        assertThat(empty.select("button.language-switch[type=submit][name=lang][form=complaint-form]"
                + "[formaction=/staff/intake/language][formmethod=post][formnovalidate]"
                + "[formenctype=application/x-www-form-urlencoded]").eachAttr("value")).containsExactly("es");
        assertThat(empty.select("form#complaint-form[action=/staff/intake]")).hasSize(1);
        String token = empty.selectFirst("input[name=submissionToken]").val();

        String narrative = "Caller says a deputy asked her son for papers at the fair " + UUID.randomUUID()
                + ".\nShe will call back with the date.";
        try (DispatchedHere dispatched = new DispatchedHere(commandBus, eventBus)) {
            long before = stored();
            String html = mvc.perform(post("/staff/intake/language").with(csrf()).param("lang", "es")
                            .with(user(OfficeMessagesApiTest.staff(StaffRole.INVESTIGATOR)))
                            .param("submissionToken", token).param("channel", "PHONE").param("narrative", narrative)
                            .param("location", "County fair, east gate").param("departments", "police")
                            .param("allegations", "INQUIRING_ABOUT_STATUS").param("anonymous", "yes")
                            .param("attachments", "letter.pdf"))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(dispatched.payloads()).as("commands and events dispatched by the switch").isEmpty();
            assertThat(stored()).as("events and personal-data keys stored by the switch").isEqualTo(before);

            Document switched = Jsoup.parse(html);
            assertThat(switched.selectFirst("html").attr("lang")).isEqualTo("es");
            assertThat(switched.selectFirst("h1").text()).isEqualTo("Registrar una queja para un residente");
            assertThat(switched.select("textarea#narrative").first().wholeText()).isEqualTo(narrative);
            assertThat(switched.select("#location").val()).isEqualTo("County fair, east gate");
            assertThat(switched.select("input[checked]").eachAttr("value"))
                    .contains("PHONE", "police", "INQUIRING_ABOUT_STATUS", "yes");
            assertThat(switched.select("input[name=submissionToken]").val()).isEqualTo(token);
            assertThat(switched.select(".field-error, .error-summary, [aria-invalid=true]")).as("no validation").isEmpty();
            assertThat(switched.select("#attachments-again").text()).as("files are not kept: choose them again")
                    .contains("Elíjalos de nuevo");
            assertThat(switched.select("button.language-switch[form=complaint-form]").eachAttr("value"))
                    .as("back to English the same way").containsExactly("en");
        }
    }

    long stored() {
        return database.getCollection(SequencedMongoEventStorageEngine.COMMITS).countDocuments()
                + database.getCollection(org.sanctuaryoversight.privacy.MongoDataKeyStore.COLLECTION).countDocuments();
    }
}
