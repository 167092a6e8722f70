package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.ApiClient;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.StoredEvents;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Done-when of issue #7: the raw MongoDB event documents hold no plaintext narrative, location or
 * contact field, and neither does any other collection. The test also opens the same stored event
 * with the vault, so it would fail if it were looking at the wrong documents.
 */
@OversightTest
class RawEventPrivacyTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    Serializer serializer;

    @Test
    void events_and_every_other_collection_hold_only_ciphertext_for_narrative_location_and_contact() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String narrative = "Officer asked me questions at the bus stop " + unique;
        String location = "Corner of Elm and " + unique + " Street";
        String name = "Rosa Marquez" + unique;
        String email = "rosa." + unique + "@example.org";
        String phone = "555-01" + unique.replaceAll("[^0-9]", "7").substring(0, 2);
        String address = "12 Willow Lane " + unique;
        String body = """
                {"narrative":"%s","incidentDate":"2026-10","location":"%s","departments":["police"],
                 "allegations":["INQUIRING_ABOUT_STATUS"],"language":"en","anonymous":false,
                 "contact":{"name":"%s","email":"%s","phone":"%s","postalAddress":"%s","preferredMethod":"EMAIL"}}
                """.formatted(narrative, location, name, email, phone, address);

        HttpResponse<String> filed = new ApiClient(port).postJson("/api/v1/complaints", body);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);

        List<String> secrets = List.of(narrative, unique, location, name, email, address);
        Document commit = null;
        for (Document candidate : database.getCollection(SequencedMongoEventStorageEngine.COMMITS).find()) {
            if (candidate.toJson().contains("ComplaintFiledEvent")) {
                for (String secret : secrets) {
                    assertThat(candidate.toJson()).as("raw event commit").doesNotContain(secret);
                }
                commit = candidate;
            }
        }
        assertThat(commit).as("a ComplaintFiledEvent commit was stored").isNotNull();

        // The whole database dump, every collection (read models, keys, tokens, deadlines).
        for (String collection : database.listCollectionNames()) {
            for (Document document : database.getCollection(collection).find()) {
                for (String secret : secrets) {
                    assertThat(document.toJson()).as("collection %s", collection).doesNotContain(secret);
                }
            }
        }

        // The ciphertext in the log really is this complaint's data: it opens to the markers.
        ComplaintFiledEvent event = storedFiledEvents().stream()
                .filter(e -> vault.open(e.narrative()).orElse("").equals(narrative))
                .findFirst().orElseThrow();
        assertThat(vault.open(event.location())).contains(location);
        assertThat(vault.open(event.contact())).hasValueSatisfying(contact -> assertThat(contact)
                .contains(name).contains(email).contains(address));
        // Statistical fields stay in clear so reports never depend on personal data.
        assertThat(event.departments()).containsExactly("police");
        assertThat(event.anonymous()).isFalse();
    }

    private List<ComplaintFiledEvent> storedFiledEvents() {
        return StoredEvents.ofType(ComplaintFiledEvent.class, database, serializer);
    }
}
