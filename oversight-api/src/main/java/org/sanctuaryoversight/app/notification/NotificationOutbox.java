package org.sanctuaryoversight.app.notification;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.notification.Notice;

/**
 * The notifications to send and sent, in MongoDB ({@code notifications}), shared by every instance. It is the memory
 * that makes sending idempotent (a letter's id is the event and recipient it answers: posting it twice stores it
 * once) and the queue that makes it durable (a letter the SMTP server refused is tried again later, by whichever
 * instance claims it first). Letters hold no address and no case text; they expire after {@link #KEPT}.
 */
class NotificationOutbox {

    static final String COLLECTION = "notifications";
    /** Long after any redelivery of the event or any re-run of a reminder could post the letter again. */
    static final Duration KEPT = Duration.ofDays(90);
    /** How long one instance may take to send a letter it claimed before another may try. */
    static final Duration LEASE = Duration.ofMinutes(5);
    static final int MAX_ATTEMPTS = 8;

    enum Status { PENDING, SENDING, SENT, DROPPED, FAILED }

    private final MongoCollection<Document> letters;
    private final Clock clock;

    NotificationOutbox(MongoDatabase database, Clock clock) {
        this.letters = database.getCollection(COLLECTION);
        this.clock = clock;
        letters.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        letters.createIndex(Indexes.ascending("status", "nextAttemptAt"));
    }

    /** Stores the letter to be sent; false when a letter with its id was posted before (nothing changes). */
    boolean post(Letter letter) {
        Instant now = clock.instant();
        try {
            letters.insertOne(new Document("_id", letter.id()).append("notice", letter.notice().name())
                    .append("caseId", letter.caseId()).append("staffId", letter.staffId())
                    .append("referralId", letter.referralId())
                    .append("deadline", letter.deadline() == null ? null : letter.deadline().name())
                    .append("dueDate", letter.dueDate() == null ? null : letter.dueDate().toString())
                    .append("status", Status.PENDING.name()).append("attempts", 0)
                    .append("createdAt", Date.from(now)).append("nextAttemptAt", Date.from(now))
                    .append("expiresAt", Date.from(now.plus(KEPT))));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Takes the oldest letter due for sending (new, to be tried again, or claimed by an instance that did not finish
     * in time) for this instance alone, until {@link #LEASE} has passed.
     */
    Optional<Claimed> claimNext() {
        Date now = Date.from(clock.instant());
        Document claimed = letters.findOneAndUpdate(Filters.or(
                        Filters.and(Filters.eq("status", Status.PENDING.name()), Filters.lte("nextAttemptAt", now)),
                        Filters.and(Filters.eq("status", Status.SENDING.name()), Filters.lte("leaseUntil", now))),
                Updates.combine(Updates.set("status", Status.SENDING.name()), Updates.inc("attempts", 1),
                        Updates.set("leaseUntil", Date.from(now.toInstant().plus(LEASE)))),
                new FindOneAndUpdateOptions().sort(Sorts.ascending("createdAt")).returnDocument(ReturnDocument.AFTER));
        return Optional.ofNullable(claimed).map(doc -> new Claimed(letter(doc), doc.getInteger("attempts")));
    }

    /** A claimed letter and how many times it has been tried, this time included. */
    record Claimed(Letter letter, int attempt) {
    }

    void sent(Letter letter) {
        finish(letter, Status.SENT);
    }

    /** Nobody to send it to any more (address removed, account disabled, notice not asked for, data shredded). */
    void dropped(Letter letter) {
        finish(letter, Status.DROPPED);
    }

    /**
     * The SMTP server did not take it: tried again after a growing pause (2, 4, 8… minutes, at most an hour), given up
     * after {@link #MAX_ATTEMPTS} tries. Answers whether it was given up.
     */
    boolean failed(Claimed claimed) {
        if (claimed.attempt() >= MAX_ATTEMPTS) {
            finish(claimed.letter(), Status.FAILED);
            return true;
        }
        Duration pause = Duration.ofMinutes(Math.min(60, 1L << claimed.attempt()));
        letters.updateOne(Filters.eq("_id", claimed.letter().id()), Updates.combine(
                Updates.set("status", Status.PENDING.name()),
                Updates.set("nextAttemptAt", Date.from(clock.instant().plus(pause)))));
        return false;
    }

    /** Deletes expired letters (MongoDB's TTL monitor does it too; the embedded server does not). */
    long sweep() {
        return letters.deleteMany(Filters.lte("expiresAt", Date.from(clock.instant()))).getDeletedCount();
    }

    private void finish(Letter letter, Status status) {
        letters.updateOne(Filters.eq("_id", letter.id()), Updates.combine(Updates.set("status", status.name()),
                Updates.set("finishedAt", Date.from(clock.instant())), Updates.unset("leaseUntil")));
    }

    private static Letter letter(Document doc) {
        return new Letter(doc.getString("_id"), Notice.valueOf(doc.getString("notice")), doc.getString("caseId"),
                doc.getString("staffId"), doc.getString("referralId"),
                doc.getString("deadline") == null ? null : DeadlineKind.valueOf(doc.getString("deadline")),
                doc.getString("dueDate") == null ? null : LocalDate.parse(doc.getString("dueDate")));
    }
}
