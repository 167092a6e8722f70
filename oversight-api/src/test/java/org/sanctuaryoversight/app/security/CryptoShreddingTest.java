package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.privacy.LiftLegalHoldCommand;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.sanctuaryoversight.privacy.PlaceLegalHoldCommand;
import org.sanctuaryoversight.privacy.ShredPersonalDataCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Done-when of issue #7: after shredding, the personal data is unreadable ("removed" in en/es), the case
 * is intact (status by receipt code works), and what reports are built from is unchanged: the complaint's
 * stored events (statistical fields in clear) and its status read model are identical before and after.
 */
@OversightTest
class CryptoShreddingTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    PersonalDataReader reader;
    @Autowired
    CommandGateway commands;
    @Autowired
    Serializer serializer;

    @Test
    void shredding_removes_the_personal_data_and_leaves_the_case_and_its_statistics_unchanged() throws Exception {
        String narrative = "Stopped outside the clinic " + UUID.randomUUID();
        String receipt = file(narrative);
        ComplaintFiledEvent filed = filedEvent(narrative);
        String complaintId = filed.complaintId();
        await().until(() -> status(complaintId) != null);

        List<Document> commitsBefore = complaintCommits(complaintId);
        Document statusBefore = status(complaintId);
        assertThat(reader.read(filed.contact(), Locale.ENGLISH)).contains("shred.me@example.org");

        commands.sendAndWait(new ShredPersonalDataCommand(complaintId, "complainant asked", "ombuds-1"));

        await().until(() -> vault.open(filed.narrative()).isEmpty());
        assertThat(vault.open(filed.contact())).isEmpty();
        assertThat(vault.open(filed.location())).isEmpty();
        assertThat(reader.read(filed.narrative(), Locale.ENGLISH)).isEqualTo("Removed (personal data deleted)");
        assertThat(reader.read(filed.contact(), Locale.forLanguageTag("es"))).isEqualTo("Eliminado (datos personales borrados)");

        // The complaint's stream (its statistical fields in clear) and its status read model are untouched.
        assertThat(complaintCommits(complaintId)).isEqualTo(commitsBefore);
        assertThat(status(complaintId)).isEqualTo(statusBefore);
        ComplaintFiledEvent after = filedEventOf(complaintId);
        assertThat(after).isEqualTo(filed);
        assertThat(after.departments()).containsExactly("police");
        // The case still exists: the complainant's receipt code still finds it.
        HttpResponse<String> byReceipt = new ApiClient(port).get("/api/v1/complaints/status", "X-Receipt-Code", receipt);
        assertThat(byReceipt.statusCode()).isEqualTo(200);
        // The shredding itself is on the record.
        Document shredCommit = database.getCollection(SequencedMongoEventStorageEngine.COMMITS)
                .find(Filters.eq("aggregateIdentifier", "personal-data:" + complaintId)).first();
        assertThat(shredCommit).isNotNull();
        assertThat(shredCommit.toJson()).contains("PersonalDataShreddedEvent").contains("complainant asked");
    }

    @Test
    void a_legal_hold_keeps_the_personal_data_until_it_is_lifted() throws Exception {
        String narrative = "Held for litigation " + UUID.randomUUID();
        file(narrative);
        ComplaintFiledEvent filed = filedEvent(narrative);
        String complaintId = filed.complaintId();

        commands.sendAndWait(new PlaceLegalHoldCommand(complaintId, "lawsuit 26-114", "admin-1"));
        assertThatThrownBy(() -> commands.sendAndWait(new ShredPersonalDataCommand(complaintId, "retention", "retention-policy")))
                .hasMessageContaining("legal hold");
        assertThat(vault.open(filed.narrative())).contains(narrative);

        commands.sendAndWait(new LiftLegalHoldCommand(complaintId, "case settled", "admin-1"));
        commands.sendAndWait(new ShredPersonalDataCommand(complaintId, "retention", "retention-policy"));
        await().until(() -> vault.open(filed.narrative()).isEmpty());
    }

    private String file(String narrative) throws Exception {
        String body = """
                {"narrative":"%s","incidentDate":"2026-10","location":"Main St","departments":["police"],
                 "allegations":["INQUIRING_ABOUT_STATUS"],"language":"en","anonymous":false,
                 "contact":{"name":"Ana","email":"shred.me@example.org","preferredMethod":"EMAIL"}}
                """.formatted(narrative);
        HttpResponse<String> response = new ApiClient(port).postJson("/api/v1/complaints", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("receiptCode").asText();
    }

    private Document status(String complaintId) {
        return database.getCollection("complaint_status").find(Filters.eq("_id", complaintId)).first();
    }

    private List<Document> complaintCommits(String complaintId) {
        return database.getCollection(SequencedMongoEventStorageEngine.COMMITS)
                .find(Filters.eq("aggregateIdentifier", complaintId)).into(new ArrayList<>());
    }

    private ComplaintFiledEvent filedEvent(String narrative) {
        return filedEvents().stream().filter(e -> vault.open(e.narrative()).orElse("").equals(narrative))
                .findFirst().orElseThrow();
    }

    private ComplaintFiledEvent filedEventOf(String complaintId) {
        return filedEvents().stream().filter(e -> e.complaintId().equals(complaintId)).findFirst().orElseThrow();
    }

    private List<ComplaintFiledEvent> filedEvents() {
        return StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer);
    }
}
