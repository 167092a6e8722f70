package org.sanctuaryoversight.surveillance;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.readmodel.SequencedDocuments;
import org.sanctuaryoversight.surveillance.AgencyDirectoryCommands.AgencyClassifiedEvent;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AgencyClassifications;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAgencyClassificationsQuery;

/**
 * The office's classifications of agencies ({@code surveillance_agency_classifications}), one document per agency
 * (case and spacing ignored), the latest winning; guarded by the event's sequence number, so a redelivery or a
 * replay leaves the same result.
 */
@ProcessingGroup(AgencyClassificationsProjection.PROCESSING_GROUP)
class AgencyClassificationsProjection {

    static final String PROCESSING_GROUP = "surveillance-agency-classifications";
    static final String COLLECTION = "surveillance_agency_classifications";

    private final ReadModelCollection classifications;
    private final SequencedDocuments documents;

    /** For a real MongoDB: the classifications in the order they were made (the embedded server ignores these). */
    AgencyClassificationsProjection(MongoDatabase database) {
        this.classifications = new ReadModelCollection(database, COLLECTION, keys("sequence"));
        this.documents = new SequencedDocuments(classifications.writes());
    }

    @EventHandler
    void on(AgencyClassifiedEvent event, @SequenceNumber long sequence) {
        String key = AgencyDirectory.key(event.agency());
        documents.put(key, sequence, () -> new Document("_id", key).append("agency", event.agency())
                .append("type", event.type().name()));
    }

    /** Agency name to type, in the order they were first classified. */
    @QueryHandler
    AgencyClassifications handle(FindAgencyClassificationsQuery query) {
        Map<String, AgencyType> found = new LinkedHashMap<>();
        classifications.collection().find().sort(Sorts.ascending("sequence")).forEach(document ->
                found.put(document.getString("agency"), AgencyType.valueOf(document.getString("type"))));
        return new AgencyClassifications(found);
    }

    @ResetHandler
    void reset() {
        classifications.reset();
    }
}
