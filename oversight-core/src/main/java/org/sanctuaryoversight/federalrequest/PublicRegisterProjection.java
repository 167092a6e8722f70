package org.sanctuaryoversight.federalrequest;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The public register ({@code registry_public_records}): built only from
 * {@link FederalRequestPublicSummaryApprovedEvent}, so it can hold nothing the office did not approve:
 * closed vocabularies, the month received and the approved summary. No staff id, no liaison text.
 * One document per request, replaced on each approval and guarded by the event's sequence number, so a
 * redelivered or replayed event leaves the same result; {@link #reset()} drops it for a rebuild.
 */
@ProcessingGroup(PublicRegisterProjection.PROCESSING_GROUP)
class PublicRegisterProjection {

    static final String PROCESSING_GROUP = "registry-public-register";
    static final String COLLECTION = "registry_public_records";

    private final MongoCollection<Document> records;

    PublicRegisterProjection(MongoDatabase database) {
        this.records = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(FederalRequestPublicSummaryApprovedEvent event, @SequenceNumber long sequence) {
        Document existing = records.find(Filters.eq("_id", event.requestId())).first();
        if (existing != null && existing.getLong("sequence") >= sequence) {
            return;
        }
        PublicRecord record = event.publicRecord();
        records.replaceOne(Filters.eq("_id", event.requestId()), new Document("_id", event.requestId())
                        .append("department", record.department())
                        .append("receivedMonth", record.receivedMonth())
                        .append("agency", record.agency().name())
                        .append("channel", record.channel().name())
                        .append("requestTypes", record.requestTypes().stream().map(Enum::name).toList())
                        .append("legalDocument", record.legalDocument().name())
                        .append("response", record.response().name())
                        .append("publicSummary", record.publicSummary())
                        .append("approvedAt", Date.from(event.approvedAt()))
                        .append("sequence", sequence),
                new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    PublicRegisterPage handle(FindPublicRegisterQuery query) {
        List<Bson> filters = new ArrayList<>();
        if (query.department() != null) {
            filters.add(Filters.eq("department", query.department()));
        }
        if (query.requestType() != null) {
            filters.add(Filters.eq("requestTypes", query.requestType().name()));
        }
        if (query.legalDocument() != null) {
            filters.add(Filters.eq("legalDocument", query.legalDocument().name()));
        }
        if (query.response() != null) {
            filters.add(Filters.eq("response", query.response().name()));
        }
        if (query.receivedMonth() != null) {
            filters.add(Filters.eq("receivedMonth", query.receivedMonth()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        long total = records.countDocuments(filter);
        var found = records.find(filter).sort(Sorts.orderBy(Sorts.descending("receivedMonth"), Sorts.ascending("_id")));
        if (query.size() > 0) {
            found = found.skip(query.page() * query.size()).limit(query.size());
        }
        List<PublicRegisterEntry> entries = new ArrayList<>();
        for (Document document : found) {
            entries.add(new PublicRegisterEntry(document.getString("_id"), new PublicRecord(
                    document.getString("department"), document.getString("receivedMonth"),
                    FederalAgency.valueOf(document.getString("agency")),
                    RequestChannel.valueOf(document.getString("channel")),
                    document.getList("requestTypes", String.class).stream().map(RequestType::valueOf).toList(),
                    LegalDocument.valueOf(document.getString("legalDocument")),
                    FederalRequestResponse.valueOf(document.getString("response")),
                    document.getString("publicSummary")), document.getDate("approvedAt").toInstant()));
        }
        return new PublicRegisterPage(entries, total, query.page(), query.size());
    }

    @ResetHandler
    void reset() {
        records.drop();
    }
}
