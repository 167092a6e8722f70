package org.sanctuaryoversight.eventstore;

import static org.sanctuaryoversight.eventstore.CommitFormat.streamKey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

/**
 * Reads one aggregate's events: exact lookups of its stream keys ({@code aggregate:sequence}), which find commits of
 * one aggregate by their first key and unit-of-work documents by any of their keys.
 */
record AggregateStreamReader(MongoCollection<Document> commits) {

    List<? extends DomainEventData<?>> fetch(String aggregateIdentifier, long firstSequenceNumber, int batchSize) {
        List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
                .mapToObj(sequenceNumber -> streamKey(aggregateIdentifier, sequenceNumber))
                .toList();
        List<Document> found = commits.find(Filters.in(CommitFormat.STREAM_KEY, keys)).into(new ArrayList<>());
        List<Document> entries = entriesOf(aggregateIdentifier, firstSequenceNumber, found);
        if (firstSequenceNumber > 0 && (entries.isEmpty() || entries.get(0).getLong("sequenceNumber") != firstSequenceNumber)) {
            // Only when loading from a snapshot taken in the middle of a one-aggregate commit (a unit-of-work
            // document lists every event's key): find the commit that contains the sequence number.
            Document containing = commits.find(Filters.and(Filters.eq(CommitFormat.AGGREGATE_IDENTIFIER, aggregateIdentifier),
                    Filters.lte(CommitFormat.FIRST_SEQUENCE, firstSequenceNumber),
                    Filters.gte(CommitFormat.LAST_SEQUENCE, firstSequenceNumber))).first();
            if (containing != null) {
                found.add(containing);
                entries = entriesOf(aggregateIdentifier, firstSequenceNumber, found);
            }
        }
        return entries.stream().map(CommitFormat::domainEventData).toList();
    }

    private static List<Document> entriesOf(String aggregateIdentifier, long firstSequenceNumber, List<Document> commits) {
        List<Document> entries = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Document commit : commits) {
            if (seen.add(commit.get(CommitFormat.ID))) {
                for (Document entry : CommitFormat.entries(commit)) {
                    if (CommitFormat.isDomainEntry(entry) && aggregateIdentifier.equals(entry.getString("aggregateIdentifier"))
                            && entry.getLong("sequenceNumber") >= firstSequenceNumber) {
                        entries.add(entry);
                    }
                }
            }
        }
        entries.sort(Comparator.comparingLong(entry -> entry.getLong("sequenceNumber")));
        return entries;
    }
}
