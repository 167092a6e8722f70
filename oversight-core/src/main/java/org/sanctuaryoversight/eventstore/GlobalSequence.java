package org.sanctuaryoversight.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Objects;
import org.bson.Document;

/** The counter that hands out global event numbers, in order, each once. */
record GlobalSequence(MongoCollection<Document> sequence, MongoCollection<Document> commits) {

    private static final String GLOBAL_COUNTER = "global";

    /** Reserves {@code count} consecutive numbers with one atomic {@code $inc} and returns the last of them. */
    long reserve(int count) {
        Document counter = sequence.findOneAndUpdate(Filters.eq("_id", GLOBAL_COUNTER), Updates.inc("value", (long) count),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return Objects.requireNonNull(counter).get("value", Number.class).longValue();
    }

    /** The highest number reserved so far, written or not. */
    long head() {
        Document counter = sequence.find(Filters.eq("_id", GLOBAL_COUNTER)).first();
        return counter == null ? 0 : counter.get("value", Number.class).longValue();
    }

    /**
     * Moves the counter up to the highest number in use, if it is behind: a counter restored from an older backup than
     * the commits would hand out numbers already used, and every append would fail. Never moves it down.
     */
    void catchUpWithCommits() {
        Document highest = commits.find().sort(Sorts.descending(CommitFormat.ID))
                .projection(new Document(CommitFormat.LAST_INDEX, 1)).first();
        if (highest != null) {
            sequence.updateOne(Filters.eq("_id", GLOBAL_COUNTER), Updates.max("value", CommitFormat.lastIndex(highest)),
                    new UpdateOptions().upsert(true));
        }
    }
}
