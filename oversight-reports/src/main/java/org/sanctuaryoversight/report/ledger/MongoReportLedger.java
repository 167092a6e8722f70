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

    private final MongoCollection<Document> complaints;
    private final MongoCollection<Document> federalRequests;
    private final MongoCollection<Document> identityViews;
    /** The projection's writes, made in bulk per event batch; its reads of a record see the batch's writes. */
    private final BatchedCollection complaintWrites;
    private final BatchedCollection federalRequestWrites;
    private final BatchedCollection identityViewWrites;
    private final ObjectMapper json = ReportJson.ledgerMapper();
    private final ObjectReader complaintReader = json.readerFor(ComplaintFacts.class);
    private final ObjectReader federalRequestReader = json.readerFor(FederalRequestLedgerEntry.class);
    private final ObjectReader identityViewReader = json.readerFor(IdentityViewFacts.class);

    public MongoReportLedger(MongoDatabase database) {
        this.complaints = database.getCollection(COMPLAINTS);
        this.federalRequests = database.getCollection(FEDERAL_REQUESTS);
        this.identityViews = database.getCollection(IDENTITY_VIEWS);
        this.complaintWrites = new BatchedCollection(complaints);
        this.federalRequestWrites = new BatchedCollection(federalRequests);
        this.identityViewWrites = new BatchedCollection(identityViews);
    }

    @Override
    public Optional<ComplaintFacts> complaint(String complaintId) {
        return Optional.ofNullable(complaintWrites.findById(complaintId))
                .map(document -> read(document, complaintReader));
    }

    @Override
    public void save(ComplaintFacts facts) {
        complaintWrites.replace(facts.complaintId(), write(facts.complaintId(), facts));
    }

    @Override
    public Optional<FederalRequestLedgerEntry> federalRequest(String requestId) {
        return Optional.ofNullable(federalRequestWrites.findById(requestId))
                .map(document -> read(document, federalRequestReader));
    }

    @Override
    public void save(FederalRequestLedgerEntry facts) {
        federalRequestWrites.replace(facts.requestId(), write(facts.requestId(), facts));
    }

    @Override
    public List<ComplaintFacts> complaints() {
        List<ComplaintFacts> all = new ArrayList<>();
        complaints.find().sort(Sorts.ascending("_id")).forEach(document -> all.add(read(document, complaintReader)));
        return all;
    }

    @Override
    public List<FederalRequestLedgerEntry> federalRequests() {
        List<FederalRequestLedgerEntry> all = new ArrayList<>();
        federalRequests.find().sort(Sorts.ascending("_id"))
                .forEach(document -> all.add(read(document, federalRequestReader)));
        return all;
    }

    @Override
    public void save(IdentityViewFacts facts) {
        identityViewWrites.replace(facts.viewId(), write(facts.viewId(), facts));
    }

    @Override
    public Optional<IdentityViewFacts> identityView(String viewId) {
        return Optional.ofNullable(identityViewWrites.findById(viewId))
                .map(document -> read(document, identityViewReader));
    }

    @Override
    public List<IdentityViewFacts> identityViews() {
        List<IdentityViewFacts> all = new ArrayList<>();
        identityViews.find().sort(Sorts.ascending("_id"))
                .forEach(document -> all.add(read(document, identityViewReader)));
        return all;
    }

    @Override
    public void clear() {
        complaints.drop();
        federalRequests.drop();
        identityViews.drop();
    }

    private Document write(String id, Object facts) {
        try {
            return new Document("_id", id).append("facts", json.writeValueAsString(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store a ledger record", e);
        }
    }

    private static <T> T read(Document document, ObjectReader reader) {
        try {
            return reader.readValue(document.getString("facts"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a ledger record", e);
        }
    }
}
