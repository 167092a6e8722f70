package org.sanctuaryoversight.complaint.status;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.sanctuaryoversight.complaint.casework.CaseOutcome;
import org.sanctuaryoversight.complaint.casework.CaseworkEvents;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.ReceiptCode;
import org.sanctuaryoversight.complaint.intake.ReceiptCredential;
import org.sanctuaryoversight.complaint.intake.ReceiptKeys;
import org.sanctuaryoversight.readmodel.BatchedCollection;
import org.sanctuaryoversight.readmodel.SequencedDocuments;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The read model behind the status page: one document per complaint in {@code complaint_status}, and a
 * receipt index ({@code complaint_receipts}) from selector digest to complaints. Every write is
 * idempotent (a replace, an {@code $addToSet}, or an update guarded by the event's sequence number),
 * so a redelivered event can never change the result, and the whole model can be dropped and rebuilt.
 */
@ProcessingGroup(ComplaintStatusProjection.PROCESSING_GROUP)
class ComplaintStatusProjection {

    /**
     * Versioned: when what the projection writes changes, a new name makes every installation replay the log into it
     * (the filing event replaces a complaint's document, so the replay rewrites the old documents in place).
     * v2 (December 2026): withdrawn complaints show as withdrawn.
     * v3 (December 2026): the index marks whether any receipt was issued before keyed receipts ({@link #LEGACY_MARKER}).
     */
    static final String PROCESSING_GROUP = "complaint-status-v3";
    static final String STATUS = "complaint_status";
    static final String RECEIPTS = "complaint_receipts";
    /** Prefix of a keyed receipt's index entry: {@code k<version>:<hmac>}. */
    private static final String KEYED = "k";
    /**
     * Present in the receipt index once any receipt issued before keyed receipts is indexed: from then on every lookup
     * does one BCrypt check (see {@link #legacyComplaintOf}); without it no lookup does any.
     */
    static final String LEGACY_MARKER = "legacy-receipts";

    private final MongoCollection<Document> statuses;
    private final MongoCollection<Document> receipts;
    private final BatchedCollection receiptsWrites;
    private final SequencedDocuments documents;
    private final ReceiptKeys receiptKeys;
    private final PasswordEncoder legacyReceipts;
    /** Checked when a lookup has no legacy candidate, so that a miss costs what a hit costs; made on first use. */
    private volatile String decoyHash;

    ComplaintStatusProjection(MongoDatabase database, ReceiptKeys receiptKeys, PasswordEncoder legacyReceipts) {
        this.statuses = database.getCollection(STATUS);
        this.documents = new SequencedDocuments(statuses);
        this.receipts = database.getCollection(RECEIPTS);
        this.receiptsWrites = new BatchedCollection(receipts);
        this.receiptKeys = receiptKeys;
        this.legacyReceipts = legacyReceipts;
    }

    @EventHandler
    void on(ComplaintFiledEvent event, @SequenceNumber long sequenceNumber) {
        documents.create(event.complaintId(), sequenceNumber, new Document("_id", event.complaintId())
                .append("status", ComplaintStatus.RECEIVED.name())
                .append("filedAt", Date.from(event.filedAt()))
                .append("updatedAt", Date.from(event.filedAt()))
                .append("language", event.language())
                .append("verifierHash", event.receipt().verifierHash()));
        if (event.receipt().keyed()) {
            // one exact key per receipt: HMAC of the whole code under the key of its version
            receiptsWrites.replace(KEYED + event.receipt().keyVersion() + ":" + event.receipt().lookupKey(),
                    new Document("complaint", event.complaintId()));
        } else {
            // receipts filed before keyed receipts: candidates by the digest of the first digits, then BCrypt
            receiptsWrites.upsert(event.receipt().selectorDigest(),
                    Updates.addToSet("complaints", event.complaintId()));
            receiptsWrites.replace(LEGACY_MARKER, new Document("_id", LEGACY_MARKER));
        }
    }

    // ---- casework: the public status follows the case (acknowledged/accepted -> UNDER_REVIEW, investigator
    // assigned -> INVESTIGATING, a referral open -> WAITING_FOR_DEPARTMENT, closed -> CLOSED with its outcome).
    // Each update is guarded by the event's sequence number, so a redelivered event changes nothing.

    @EventHandler
    void on(CaseworkEvents.ComplaintAcknowledgedEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.acknowledgedAt(), null, doc -> ComplaintStatus.UNDER_REVIEW);
    }

    @EventHandler
    void on(CaseworkEvents.ComplaintTriagedEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.triagedAt(), null, doc -> ComplaintStatus.UNDER_REVIEW);
    }

    @EventHandler
    void on(CaseworkEvents.InvestigatorAssignedEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.assignedAt(), doc -> doc.put("investigating", true),
                doc -> openStatus(true, openReferrals(doc)));
    }

    @EventHandler
    void on(CaseworkEvents.DepartmentReferralSentEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.sentAt(), doc -> addToSet(doc, event.referralId()),
                doc -> ComplaintStatus.WAITING_FOR_DEPARTMENT);
    }

    @EventHandler
    void on(CaseworkEvents.DepartmentRespondedEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.respondedAt(), doc -> pull(doc, event.referralId()),
                doc -> openStatus(doc.getBoolean("investigating", false),
                        openReferrals(doc).stream().filter(id -> !id.equals(event.referralId())).toList()));
    }

    @EventHandler
    void on(CaseworkEvents.ComplaintClosedEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.closedAt(), doc -> {
                    doc.put("outcome", event.outcome().name());
                    doc.put("publicSummary", event.publicSummary());
                },
                doc -> ComplaintStatus.CLOSED);
    }

    @EventHandler
    void on(CaseworkEvents.ComplaintReopenedEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.reopenedAt(), doc -> {
                    doc.remove("outcome");
                    doc.remove("publicSummary");
                },
                doc -> openStatus(doc.getBoolean("investigating", false), openReferrals(doc)));
    }

    @EventHandler
    void on(CaseworkEvents.ComplaintWithdrawnEvent event, @SequenceNumber long sequenceNumber) {
        advance(event.complaintId(), sequenceNumber, event.withdrawnAt(), null, doc -> ComplaintStatus.WITHDRAWN);
    }

    /**
     * The new status, worked out from the document as it was, then the event's own change: nothing for a review case
     * (no status page), nor for an event already applied. A field the change adds goes at the end of the document, as
     * the {@code $set}/{@code $addToSet} updates of earlier versions put it.
     */
    private void advance(String complaintId, long sequenceNumber, java.time.Instant at, Consumer<Document> extra,
                         java.util.function.Function<Document, ComplaintStatus> next) {
        documents.change(complaintId, sequenceNumber, doc -> {
            doc.put("status", next.apply(doc).name());
            doc.put("updatedAt", Date.from(at));
            if (extra != null) {
                extra.accept(doc);
            }
        });
    }

    /** {@code $addToSet}: the referral is open (once). */
    private static void addToSet(Document doc, String referralId) {
        List<String> open = new java.util.ArrayList<>(openReferrals(doc));
        if (!open.contains(referralId)) {
            open.add(referralId);
        }
        doc.put("openReferrals", open);
    }

    /** {@code $pull}: the referral is answered (no field is made where there was none). */
    private static void pull(Document doc, String referralId) {
        if (doc.containsKey("openReferrals")) {
            doc.put("openReferrals", openReferrals(doc).stream().filter(id -> !id.equals(referralId)).toList());
        }
    }

    private static List<String> openReferrals(Document doc) {
        return doc.getList("openReferrals", String.class, List.of());
    }

    private static ComplaintStatus openStatus(boolean investigating, List<String> openReferrals) {
        return !openReferrals.isEmpty() ? ComplaintStatus.WAITING_FOR_DEPARTMENT
                : investigating ? ComplaintStatus.INVESTIGATING : ComplaintStatus.UNDER_REVIEW;
    }

    @QueryHandler
    Optional<ComplaintStatusView> handle(FindComplaintStatusQuery query) {
        return complaintOf(query.receiptCode()).flatMap(this::view);
    }

    @QueryHandler
    Optional<ComplaintStatusView> handle(FindComplaintStatusByIdQuery query) {
        return view(query.complaintId());
    }

    private Optional<ComplaintStatusView> view(String complaintId) {
        return Optional.ofNullable(statuses.find(Filters.eq("_id", complaintId)).first()).map(status ->
                new ComplaintStatusView(status.getString("_id"), ComplaintStatus.valueOf(status.getString("status")),
                        status.getDate("filedAt").toInstant(), status.getDate("updatedAt").toInstant(),
                        status.getString("language"),
                        status.getString("outcome") == null ? null : CaseOutcome.valueOf(status.getString("outcome")),
                        status.getString("publicSummary")));
    }

    @QueryHandler
    Optional<String> handle(FindComplaintByReceiptQuery query) {
        return complaintOf(query.receiptCode());
    }

    /**
     * The complaint a receipt code belongs to, found once per request: by its keyed lookup under each key version
     * (exact, no scan), else, for receipts issued before keyed receipts, by the legacy selector and a BCrypt check.
     *
     * <p>Every lookup does the same work whatever it finds: each key version is tried and the legacy check is always
     * made. Otherwise a code whose first digits select a legacy receipt would cost a BCrypt check and other codes none,
     * and the response time would tell a guesser those digits (issue 18).
     */
    private Optional<String> complaintOf(ReceiptCode code) {
        Optional<String> found = Optional.empty();
        for (int version : receiptKeys.versions()) {
            Document keyed = receipts.find(Filters.eq("_id", KEYED + version + ":" + receiptKeys.lookupKey(code, version)))
                    .first();
            if (keyed != null && found.isEmpty()) {
                found = Optional.of(keyed.getString("complaint"));
            }
        }
        Optional<String> legacy = legacyComplaintOf(code);
        return found.or(() -> legacy);
    }

    /**
     * A legacy receipt's complaint: one BCrypt check per candidate the selector finds, and one against a decoy hash when
     * it finds none, so that a hit, a near miss and a miss cost the same. Where no legacy receipt was ever indexed, none.
     */
    private Optional<String> legacyComplaintOf(ReceiptCode code) {
        if (receipts.find(Filters.eq("_id", LEGACY_MARKER)).first() == null) {
            return Optional.empty();
        }
        Document index = receipts.find(Filters.eq("_id", ReceiptCredential.selectorDigest(code))).first();
        List<String> candidates = index == null ? List.of() : index.getList("complaints", String.class, List.of());
        Optional<String> match = Optional.empty();
        int checked = 0;
        for (String complaintId : candidates) {
            Document status = statuses.find(Filters.eq("_id", complaintId)).first();
            String hash = status == null || status.getString("verifierHash") == null ? decoyHash()
                    : status.getString("verifierHash");
            boolean matches = new ReceiptCredential(index.getString("_id"), hash).matchesLegacy(code, legacyReceipts);
            checked++;
            if (matches && status != null && match.isEmpty()) {
                match = Optional.of(complaintId);
            }
        }
        if (checked == 0) {
            new ReceiptCredential(null, decoyHash()).matchesLegacy(code, legacyReceipts);
        }
        return match;
    }

    private String decoyHash() {
        String hash = decoyHash;
        if (hash == null) {
            hash = legacyReceipts.encode("decoy-receipt-never-issued");
            decoyHash = hash;
        }
        return hash;
    }

    @ResetHandler
    void reset() {
        statuses.drop();
        receipts.drop();
    }
}
