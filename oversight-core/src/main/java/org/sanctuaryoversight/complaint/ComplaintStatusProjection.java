package org.sanctuaryoversight.complaint;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The read model behind the status page: one document per complaint in {@code complaint_status}, and a
 * receipt index ({@code complaint_receipts}) from selector digest to complaints. Every write is
 * idempotent (a replace, an {@code $addToSet}, or an update guarded by the event's sequence number),
 * so a redelivered event can never change the result, and the whole model can be dropped and rebuilt.
 */
@ProcessingGroup(ComplaintStatusProjection.PROCESSING_GROUP)
class ComplaintStatusProjection {

    static final String PROCESSING_GROUP = "complaint-status";
    static final String STATUS = "complaint_status";
    static final String RECEIPTS = "complaint_receipts";

    private final MongoCollection<Document> statuses;
    private final MongoCollection<Document> receipts;
    private final PasswordEncoder receiptEncoder;

    ComplaintStatusProjection(MongoDatabase database, PasswordEncoder receiptEncoder) {
        this.statuses = database.getCollection(STATUS);
        this.receipts = database.getCollection(RECEIPTS);
        this.receiptEncoder = receiptEncoder;
    }

    @EventHandler
    void on(ComplaintFiledEvent event, @SequenceNumber long sequenceNumber) {
        statuses.replaceOne(Filters.eq("_id", event.complaintId()), new Document("_id", event.complaintId())
                        .append("status", ComplaintStatus.RECEIVED.name())
                        .append("filedAt", Date.from(event.filedAt()))
                        .append("updatedAt", Date.from(event.filedAt()))
                        .append("language", event.language())
                        .append("verifierHash", event.receipt().verifierHash())
                        .append("sequence", sequenceNumber),
                new ReplaceOptions().upsert(true));
        receipts.updateOne(Filters.eq("_id", event.receipt().selectorDigest()),
                Updates.addToSet("complaints", event.complaintId()), new UpdateOptions().upsert(true));
    }

    @QueryHandler
    Optional<ComplaintStatusView> handle(FindComplaintStatusQuery query) {
        Document index = receipts.find(Filters.eq("_id", ReceiptCredential.selectorDigest(query.receiptCode()))).first();
        if (index == null) {
            return Optional.empty();
        }
        for (String complaintId : index.getList("complaints", String.class, List.of())) {
            Document status = statuses.find(Filters.eq("_id", complaintId)).first();
            if (status != null && new ReceiptCredential(index.getString("_id"), status.getString("verifierHash"))
                    .matches(query.receiptCode(), receiptEncoder)) {
                return Optional.of(new ComplaintStatusView(ComplaintStatus.valueOf(status.getString("status")),
                        status.getDate("filedAt").toInstant(), status.getDate("updatedAt").toInstant(),
                        status.getString("language")));
            }
        }
        return Optional.empty();
    }

    @ResetHandler
    void reset() {
        statuses.drop();
        receipts.drop();
    }
}
