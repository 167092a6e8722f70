package org.sanctuaryoversight.surveillance;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.sanctuaryoversight.federalrequest.FederalRequestAmendedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestDocumentedEvent;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFederalRequestAnchorsQuery;

/**
 * What the side-door rule needs of every documented federal request ({@code surveillance_request_anchors}):
 * department, time received, whether data was asked for, and the reference numbers in its text. Staff-only
 * like the registry itself; one document per request, replaced by each amendment.
 */
@ProcessingGroup(FederalRequestAnchorsProjection.PROCESSING_GROUP)
class FederalRequestAnchorsProjection {

    static final String PROCESSING_GROUP = "surveillance-request-anchors";
    static final String COLLECTION = "surveillance_request_anchors";

    private final ReadModelCollection anchors;

    FederalRequestAnchorsProjection(MongoDatabase database) {
        this.anchors = new ReadModelCollection(database, COLLECTION);
    }

    @EventHandler
    void on(FederalRequestDocumentedEvent event) {
        save(event.requestId(), event.facts());
    }

    @EventHandler
    void on(FederalRequestAmendedEvent event) {
        save(event.requestId(), event.facts());
    }

    private void save(String requestId, FederalRequestFacts facts) {
        boolean dataRequest = facts.requestTypes().contains(RequestType.DATABASE_OR_SURVEILLANCE_DATA)
                || facts.requestTypes().contains(RequestType.INFORMATION_ABOUT_PERSON);
        anchors.writes().replace(requestId, new Document("_id", requestId)
                        .append("department", facts.department()).append("receivedAt", Date.from(facts.receivedAt()))
                        .append("dataRequest", dataRequest)
                        .append("references",
                                List.copyOf(SideDoorReferences.in(facts.description(), facts.justification()))));
    }

    @QueryHandler
    List<FederalRequestAnchor> handle(FindFederalRequestAnchorsQuery query) {
        List<FederalRequestAnchor> found = new ArrayList<>();
        anchors.collection().find().forEach(document -> found.add(new FederalRequestAnchor(document.getString("_id"),
                document.getString("department"), document.getDate("receivedAt").toInstant(),
                document.getBoolean("dataRequest", false),
                new HashSet<>(document.getList("references", String.class)))));
        return found;
    }

    @ResetHandler
    void reset() {
        anchors.reset();
    }
}
