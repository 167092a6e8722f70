package org.sanctuaryoversight.app.intake;

import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
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
}
