package org.sanctuaryoversight.federalrequest;

import static org.sanctuaryoversight.readmodel.ReadModelIndexes.keys;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
import org.sanctuaryoversight.federalrequest.PublicRegisterEntry.PublicFlag;
import org.sanctuaryoversight.readmodel.ReadModelCollection;
import org.sanctuaryoversight.readmodel.SequencedDocuments;

/**
 * The public register ({@code registry_public_records}): built from {@link FederalRequestPublicSummaryApprovedEvent},
 * so it can hold nothing the office did not approve: closed vocabularies, the month received and the approved
 * summary, with the compliance flags the request had raised by then (rule and ordinance clause, kept meanwhile in
 * {@code registry_public_flags}, never shown before approval). No staff id, no liaison text. One document per
 * request, replaced on each approval; an event older than the document changes nothing, and the flags embedded are
 * those raised before the approval event, so a redelivered or replayed event leaves the same result;
 * {@link #reset()} drops both collections for a rebuild.
 *
 * <p>The processing group's name changed when flags were added ({@link #OBSOLETE_PROCESSING_GROUPS}), so every
 * installation replays the log into it and the records approved before show their flags too.
 */
@ProcessingGroup(PublicRegisterProjection.PROCESSING_GROUP)
class PublicRegisterProjection {

    static final String PROCESSING_GROUP = "registry-public-register-2";
    static final List<String> OBSOLETE_PROCESSING_GROUPS = List.of("registry-public-register");
    static final String COLLECTION = "registry_public_records";
    static final String FLAGS = "registry_public_flags";

    private final ReadModelCollection records;
    private final ReadModelCollection flags;
    private final SequencedDocuments documents;

    /**
     * For a real MongoDB: the register page, newest month first, whole or filtered by one of its choices; a record's
     * flags in order (the embedded server ignores these).
     */
    PublicRegisterProjection(MongoDatabase database) {
        this.records = new ReadModelCollection(database, COLLECTION, keys("-receivedMonth", "_id"),
                keys("department", "-receivedMonth", "_id"), keys("requestTypes", "-receivedMonth", "_id"),
                keys("legalDocument", "-receivedMonth", "_id"), keys("response", "-receivedMonth", "_id"));
        this.flags = new ReadModelCollection(database, FLAGS, keys("requestId", "sequence", "order"));
        this.documents = new SequencedDocuments(records.writes());
    }

    /** Kept aside until an approval publishes them; one document per request and rule, so redelivery changes nothing. */
    @EventHandler
    void on(FederalRequestFlaggedEvent event, @SequenceNumber long sequence) {
        for (int i = 0; i < event.flags().size(); i++) {
            ComplianceFlag flag = event.flags().get(i);
            String id = event.requestId() + ":" + flag.rule();
            flags.writes().replace(id, new Document("_id", id).append("requestId", event.requestId())
                            .append("rule", flag.rule()).append("ordinanceClause", flag.ordinanceClause())
                            .append("sequence", sequence).append("order", i));
        }
    }

    @EventHandler
    void on(FederalRequestPublicSummaryApprovedEvent event, @SequenceNumber long sequence) {
        // a later approval already shown stays (an equal one is written again: a new version replays over it)
        documents.put(event.requestId(), sequence, () -> approved(event, sequence));
    }

    private Document approved(FederalRequestPublicSummaryApprovedEvent event, long sequence) {
        List<Document> raised = flags.writes().find(Filters.and(Filters.eq("requestId", event.requestId()),
                        Filters.lt("sequence", sequence)))
                .sort(Sorts.orderBy(Sorts.ascending("sequence"), Sorts.ascending("order")))
                .map(flag -> new Document("rule", flag.getString("rule"))
                        .append("ordinanceClause", flag.getString("ordinanceClause")))
                .into(new ArrayList<>());
        PublicRecord record = event.publicRecord();
        return new Document("_id", event.requestId())
                .append("department", record.department())
                .append("receivedMonth", record.receivedMonth())
                .append("agency", record.agency().name())
                .append("channel", record.channel().name())
                .append("requestTypes", record.requestTypes().stream().map(Enum::name).toList())
                .append("legalDocument", record.legalDocument().name())
                .append("response", record.response().name())
                .append("publicSummary", record.publicSummary())
                .append("approvedAt", Date.from(event.approvedAt()))
                .append("flags", raised);
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
        long total = records.collection().countDocuments(filter);
        var found = records.collection().find(filter)
                .sort(Sorts.orderBy(Sorts.descending("receivedMonth"), Sorts.ascending("_id")));
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
                    document.getString("publicSummary")), document.getDate("approvedAt").toInstant(),
                    document.getList("flags", Document.class, List.of()).stream().map(flag -> new PublicFlag(
                            flag.getString("rule"), flag.getString("ordinanceClause"))).toList()));
        }
        return new PublicRegisterPage(entries, total, query.page(), query.size());
    }

    @ResetHandler
    void reset() {
        records.reset();
        flags.reset();
    }
}
