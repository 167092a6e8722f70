package org.sanctuaryoversight.app.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 18 item 7: the ombudsperson's audited "shred now", in two steps (a reason that names no one, then a
 * confirmation page), in English and Spanish; nobody else may, and nothing happens before the confirmation.
 */
@OversightTest
@AutoConfigureMockMvc
class ShredNowTest {

    static final StaffPrincipal OMBUDSPERSON = new StaffPrincipal(
            new StaffMember("omb-shred", "Olga Shred", StaffRole.OMBUDSPERSON, null));
    static final StaffPrincipal INVESTIGATOR = new StaffPrincipal(
            new StaffMember("inv-shred", "Ines Shred", StaffRole.INVESTIGATOR, null));

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    Serializer serializer;
    @Autowired
    Casework casework;

    @Test
    void the_ombudsperson_confirms_a_reason_then_the_personal_data_is_destroyed_and_the_shred_is_on_the_record()
            throws Exception {
        ComplaintFiledEvent filed = file("Asked where I was born " + UUID.randomUUID());
        String caseId = filed.complaintId();

        mvc.perform(get("/staff/cases/" + caseId).with(user(OMBUDSPERSON)))
                .andExpect(content().string(containsString("id=\"shred\"")));

        // step 1: the confirmation page changes nothing
        mvc.perform(post("/staff/cases/" + caseId + "/shredding/confirmation").with(user(OMBUDSPERSON)).with(csrf())
                        .param("ground", "COMPLAINANT_REQUEST").param("reason", "Asked by phone to delete everything")
                        .locale(Locale.forLanguageTag("es")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Borrar ahora los datos personales?")))
                .andExpect(content().string(containsString("name=\"confirm\"")));
        assertThat(vault.hasKey(caseId)).isTrue();

        // without the box ticked: nothing happens either
        mvc.perform(post("/staff/cases/" + caseId + "/shredding").with(user(OMBUDSPERSON)).with(csrf())
                        .param("ground", "COMPLAINANT_REQUEST").param("reason", "Asked by phone to delete everything"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fieldErrors", Map.of("shred-reason",
                        "Tick the box to confirm that the data is destroyed for good.")));
        assertThat(vault.hasKey(caseId)).isTrue();

        // step 2
        mvc.perform(post("/staff/cases/" + caseId + "/shredding").with(user(OMBUDSPERSON)).with(csrf())
                        .param("ground", "COMPLAINANT_REQUEST").param("reason", "Asked by phone to delete everything")
                        .param("confirm", "yes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("confirmation", "The personal data of this complaint is destroyed."));

        assertThat(vault.hasKey(caseId)).isFalse();
        assertThat(vault.open(filed.narrative())).isEmpty();
        Document shred = database.getCollection(SequencedMongoEventStorageEngine.COMMITS)
                .find(Filters.eq("aggregateIdentifier", "personal-data:" + caseId)).first();
        assertThat(shred.toJson()).contains("PersonalDataShreddedEvent")
                .contains("COMPLAINANT_REQUEST: Asked by phone to delete everything").contains("omb-shred");
        // offered no more
        mvc.perform(get("/staff/cases/" + caseId).with(user(OMBUDSPERSON)))
                .andExpect(content().string(not(containsString("id=\"shred\""))));
    }

    @Test
    void a_missing_or_identifying_reason_comes_back_in_the_persons_language_and_nobody_else_may_shred() throws Exception {
        ComplaintFiledEvent filed = file("Stopped at the bus stop " + UUID.randomUUID());
        String caseId = filed.complaintId();

        mvc.perform(post("/staff/cases/" + caseId + "/shredding/confirmation").with(user(OMBUDSPERSON)).with(csrf())
                        .param("ground", "EMERGENCY").param("reason", "Her number is 555-201-3344")
                        .locale(Locale.forLanguageTag("es")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fieldErrors", Map.of("shred-reason",
                        "El motivo parece identificar a una persona. Diga por qué, nunca de quién: se conserva después de borrar los datos.")));
        mvc.perform(post("/staff/cases/" + caseId + "/shredding").with(user(OMBUDSPERSON)).with(csrf())
                        .param("reason", "x").param("confirm", "yes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("fieldErrors", Map.of("shred-ground", "Choose why the data is shredded now.")));
        mvc.perform(post("/staff/cases/" + caseId + "/shredding").with(user(INVESTIGATOR)).with(csrf())
                        .param("ground", "EMERGENCY").param("reason", "Device lost").param("confirm", "yes"))
                .andExpect(status().isForbidden());
        assertThat(vault.hasKey(caseId)).isTrue();
    }

    private ComplaintFiledEvent file(String narrative) throws Exception {
        String body = """
                {"narrative":"%s","departments":["police"],"allegations":["INQUIRING_ABOUT_STATUS"],"language":"en",
                 "anonymous":false,"contact":{"name":"Ana","email":"shred.now@example.org","preferredMethod":"EMAIL"}}
                """.formatted(narrative);
        HttpResponse<String> response = new ApiClient(port).postJson("/api/v1/complaints", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        ComplaintFiledEvent filed = StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer).stream()
                .filter(e -> vault.open(e.narrative()).orElse("").equals(narrative)).findFirst().orElseThrow();
        await().until(() -> casework.details(filed.complaintId()).isPresent()); // the case page's read model
        return filed;
    }
}
