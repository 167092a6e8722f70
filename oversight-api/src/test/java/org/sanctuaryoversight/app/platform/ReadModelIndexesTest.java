package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every query a page makes has an index on a real MongoDB: the projections create them when they start and again
 * after a reset drops their collections. The embedded server does not use them, but lists them.
 */
@OversightTest
class ReadModelIndexesTest {

    /** Collection → the index keys (field order and direction) its pages' queries need. */
    static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("casework_timeline", List.of("{caseId: 1, sequence: 1}"));
        EXPECTED.put("casework_cases", List.of("{updatedAt: -1, _id: 1}", "{stage: 1, updatedAt: -1, _id: 1}",
                "{departments: 1, updatedAt: -1, _id: 1}", "{assigneeId: 1, updatedAt: -1, _id: 1}",
                "{assigneeId: 1, stage: 1}", "{overdueCount: 1, updatedAt: -1, _id: 1}",
                "{'referrals.department': 1}", "{'recommendations.department': 1}"));
        EXPECTED.put("registry_public_records", List.of("{receivedMonth: -1, _id: 1}",
                "{department: 1, receivedMonth: -1, _id: 1}", "{requestTypes: 1, receivedMonth: -1, _id: 1}",
                "{legalDocument: 1, receivedMonth: -1, _id: 1}", "{response: 1, receivedMonth: -1, _id: 1}"));
        EXPECTED.put("registry_public_flags", List.of("{requestId: 1, sequence: 1, order: 1}"));
        EXPECTED.put("registry_staff_records", List.of("{documentedAt: -1, _id: 1}",
                "{department: 1, documentedAt: -1, _id: 1}", "{flagged: 1, documentedAt: -1, _id: 1}",
                "{awaitingApproval: 1, documentedAt: -1, _id: 1}"));
        EXPECTED.put("surveillance_imports", List.of("{department: 1, periodTo: -1, _id: 1}",
                "{periodTo: -1, department: 1, _id: 1}"));
        EXPECTED.put("surveillance_flagged_searches", List.of("{importId: 1, evaluation: 1, line: 1}",
                "{caseIds: 1, evaluation: 1, line: 1}"));
        EXPECTED.put("surveillance_agency_classifications", List.of("{sequence: 1}"));
        EXPECTED.put("identity_access_log", List.of("{viewedAt: -1, _id: -1}", "{complaintId: 1, viewedAt: -1, _id: -1}"));
        EXPECTED.put("intake_messages", List.of("{complaintId: 1, sequence: 1}"));
        EXPECTED.put("intake_conversations", List.of("{lastAuthor: 1, lastAt: 1}"));
        EXPECTED.put("staff_accounts", List.of("{role: 1, disabled: 1, department: 1, _id: 1}"));
    }

    @Autowired
    MongoDatabase database;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    FilingComplaint filing;

    @Test
    void every_read_model_a_page_queries_has_its_indexes_once_the_projections_have_started() {
        EXPECTED.forEach((collection, indexes) -> assertThat(indexKeys(collection)).as(collection)
                .containsAll(indexes.stream().map(Document::parse).toList()));
    }

    @Test
    void a_reset_that_drops_a_read_model_creates_its_indexes_again() {
        // a reset needs a stored event to reset to the start of (an empty log leaves no token to store)
        filing.file(new ComplaintSubmission("index reset", null, null, Set.of(), Set.of(AllegationCategory.OTHER),
                IntakeChannel.WEB_FORM, "en", true, null));
        Processors.awaitCaughtUp(processing, events, 2);
        StreamingEventProcessor casework = processing
                .eventProcessor(CaseworkModule.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        casework.shutDown();
        try {
            casework.resetTokens();
        } finally {
            casework.start();
        }
        Processors.awaitCaughtUp(processing, events, 2);
        for (String collection : List.of("casework_timeline", "casework_cases")) {
            assertThat(indexKeys(collection)).as(collection)
                    .containsAll(EXPECTED.get(collection).stream().map(Document::parse).toList());
        }
    }

    private List<Document> indexKeys(String collection) {
        List<Document> keys = new ArrayList<>();
        database.getCollection(collection).listIndexes().forEach(index -> keys.add(index.get("key", Document.class)));
        return keys;
    }
}
