package org.sanctuaryoversight.report.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.sanctuaryoversight.readmodel.BatchedCollection;
import org.sanctuaryoversight.report.rendering.ReportJson;

/**
 * The ledger in MongoDB: {@code report_ledger_complaints}, {@code report_ledger_federal_requests} and
 * {@code report_ledger_identity_views}, one document per record, written by whole-record replacement (idempotent),
 * in bulk per event batch ({@link BatchedCollection}).
 * A record is its JSON in {@link ReportJson#ledgerMapper()}'s dialect (instants as numbers, which read fast).
 */
public final class MongoReportLedger implements ReportLedger {

    static final String COMPLAINTS = "report_ledger_complaints";
    static final String FEDERAL_REQUESTS = "report_ledger_federal_requests";
    static final String IDENTITY_VIEWS = "report_ledger_identity_views";

    private final ObjectMapper json = ReportJson.ledgerMapper();
    private final Records<ComplaintFacts> complaints;
    private final Records<FederalRequestLedgerEntry> federalRequests;
    private final Records<IdentityViewFacts> identityViews;

    public MongoReportLedger(MongoDatabase database) {
        this.complaints = new Records<>(database.getCollection(COMPLAINTS), ComplaintFacts.class);
        this.federalRequests = new Records<>(database.getCollection(FEDERAL_REQUESTS), FederalRequestLedgerEntry.class);
        this.identityViews = new Records<>(database.getCollection(IDENTITY_VIEWS), IdentityViewFacts.class);
    }

    @Override
    public Optional<ComplaintFacts> complaint(String complaintId) {
        return complaints.find(complaintId);
    }

    @Override
    public void save(ComplaintFacts facts) {
        complaints.save(facts.complaintId(), facts);
    }

    @Override
    public Optional<FederalRequestLedgerEntry> federalRequest(String requestId) {
        return federalRequests.find(requestId);
    }

    @Override
    public void save(FederalRequestLedgerEntry facts) {
        federalRequests.save(facts.requestId(), facts);
    }

    @Override
    public List<ComplaintFacts> complaints() {
        return complaints.all();
    }

    @Override
    public List<FederalRequestLedgerEntry> federalRequests() {
        return federalRequests.all();
    }

    @Override
    public void save(IdentityViewFacts facts) {
        identityViews.save(facts.viewId(), facts);
    }

    @Override
    public Optional<IdentityViewFacts> identityView(String viewId) {
        return identityViews.find(viewId);
    }

    @Override
    public List<IdentityViewFacts> identityViews() {
        return identityViews.all();
    }

    @Override
    public void clear() {
        complaints.drop();
        federalRequests.drop();
        identityViews.drop();
    }

    /**
     * One kind of record: its collection, the projection's writes to it (made in bulk per event batch; a read of a
     * record sees the batch's writes) and its reader. The three kinds differ only in these.
     */
    private final class Records<T> {

        private final MongoCollection<Document> collection;
        private final BatchedCollection writes;
        private final ObjectReader reader;

        Records(MongoCollection<Document> collection, Class<T> type) {
            this.collection = collection;
            this.writes = new BatchedCollection(collection);
            this.reader = json.readerFor(type);
        }

        Optional<T> find(String id) {
            return Optional.ofNullable(writes.findById(id)).map(this::read);
        }

        void save(String id, T facts) {
            writes.replace(id, write(id, facts));
        }

        /** Every record, sorted by id. */
        List<T> all() {
            List<T> all = new ArrayList<>();
            collection.find().sort(Sorts.ascending("_id")).forEach(document -> all.add(read(document)));
            return all;
        }

        void drop() {
            collection.drop();
        }

        private T read(Document document) {
            try {
                return reader.readValue(document.getString("facts"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot read a ledger record", e);
            }
        }
    }

    private Document write(String id, Object facts) {
        try {
            return new Document("_id", id).append("facts", json.writeValueAsString(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a ledger record", e);
        }
    }
}
