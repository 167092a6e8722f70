package org.sanctuaryoversight.report.ledger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.bson.Document;
import org.sanctuaryoversight.readmodel.BatchedCollection;

/**
 * The ledger's counters in MongoDB: {@code report_ledger_counters} (one document per counter: period {@code b},
 * measure {@code m}, keys {@code k}, whether it is a stock {@code s}, count {@code n}) and
 * {@code report_ledger_counter_details} (the exact seconds behind each median histogram bucket, {@code sec}), changed
 * only by {@code $inc}, in the event batch's bulk writes ({@link BatchedCollection}). A histogram of durations is one
 * document whose field {@code h} counts by tenth of a day. A period's tables read its own counters and the stocks before it: a few
 * hundred documents, whatever the number of complaints.
 */
public final class MongoReportCounters implements ReportCounters {

    static final String COUNTERS = "report_ledger_counters";
    static final String DETAILS = "report_ledger_counter_details";
    private static final String CALENDAR_ID = "calendar";
    private static final char SEPARATOR = '\u001f';

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> details;
    /**
     * The increments, written with the ledger's records in the event batch's bulk writes: a batch that fails and is
     * retried has not yet added them, so a retry cannot count a record twice.
     */
    private final BatchedCollection counterWrites;
    private final BatchedCollection detailWrites;

    public MongoReportCounters(MongoDatabase database) {
        this.counters = database.getCollection(COUNTERS);
        this.details = database.getCollection(DETAILS);
        this.counterWrites = new BatchedCollection(counters);
        this.detailWrites = new BatchedCollection(details);
        counters.createIndex(Indexes.ascending("b", "s"));
        details.createIndex(Indexes.ascending("b", "m", "k"));
    }

    @Override
    public void add(Map<LedgerCounter, Long> delta) {
        delta.forEach((counter, count) -> {
            if (counter.isDetail()) {
                detailWrites.upsert(id(counter), Updates.combine(Updates.set("b", counter.bucket()),
                        Updates.set("m", counter.measure()), Updates.set("k", counter.keys()),
                        Updates.set("sec", counter.seconds()), Updates.inc("n", count)));
            } else if (counter.isHistogram()) {
                List<String> keys = counter.keys().subList(0, counter.keys().size() - 1);
                String tenth = counter.keys().get(counter.keys().size() - 1);
                counterWrites.upsert(id(new LedgerCounter(counter.bucket(), counter.measure(), keys)), Updates.combine(
                        Updates.set("b", counter.bucket()), Updates.set("m", counter.measure()), Updates.set("k", keys),
                        Updates.set("s", false), Updates.inc("h." + tenth, count)));
            } else {
                counterWrites.upsert(id(counter), Updates.combine(Updates.set("b", counter.bucket()),
                        Updates.set("m", counter.measure()), Updates.set("k", counter.keys()),
                        Updates.set("s", counter.isStock()), Updates.inc("n", count)));
            }
        });
    }

    @Override
    public Map<LedgerCounter, Long> read(int period) {
        Map<LedgerCounter, Long> read = new HashMap<>();
        counters.find(Filters.or(Filters.eq("b", period), Filters.and(Filters.lt("b", period), Filters.eq("s", true))))
                .forEach(document -> put(read, document, null));
        return read;
    }

    /** How many documents {@link #read} reads for a period (the benchmark prints it). */
    public long documents(int period) {
        return counters.countDocuments(Filters.or(Filters.eq("b", period),
                Filters.and(Filters.lt("b", period), Filters.eq("s", true))));
    }

    @Override
    public SortedMap<Long, Long> details(int period, String measure, List<String> histogramKeys) {
        SortedMap<Long, Long> read = new TreeMap<>();
        details.find(Filters.and(Filters.eq("b", period), Filters.eq("m", measure), Filters.eq("k", histogramKeys)))
                .forEach(document -> {
                    long count = ((Number) document.get("n")).longValue();
                    if (count != 0) {
                        read.merge(((Number) document.get("sec")).longValue(), count, Long::sum);
                    }
                });
        return read;
    }

    @Override
    public Map<LedgerCounter, Long> all() {
        Map<LedgerCounter, Long> all = new HashMap<>();
        counters.find(Filters.exists("b")).forEach(document -> put(all, document, null));
        details.find().forEach(document -> put(all, document, ((Number) document.get("sec")).longValue()));
        return all;
    }

    private static void put(Map<LedgerCounter, Long> into, Document document, Long seconds) {
        Document histogram = document.get("h", Document.class);
        if (histogram != null) {
            histogram.forEach((tenth, value) -> {
                long count = ((Number) value).longValue();
                if (count != 0) {
                    List<String> keys = new ArrayList<>(document.getList("k", String.class));
                    keys.add(tenth);
                    into.put(new LedgerCounter(document.getInteger("b"), document.getString("m"), keys), count);
                }
            });
            return;
        }
        long count = ((Number) document.get("n")).longValue();
        if (count != 0) {
            into.put(new LedgerCounter(document.getInteger("b"), document.getString("m"),
                    document.getList("k", String.class), seconds), count);
        }
    }

    @Override
    public Optional<String> calendar() {
        return Optional.ofNullable(counters.find(Filters.eq("_id", CALENDAR_ID)).first())
                .map(document -> document.getString("calendar"));
    }

    @Override
    public void calendar(String calendar) {
        counters.replaceOne(Filters.eq("_id", CALENDAR_ID), new Document("_id", CALENDAR_ID)
                .append("calendar", calendar), new ReplaceOptions().upsert(true));
    }

    @Override
    public void clear() {
        counters.drop();
        details.drop();
        counters.createIndex(Indexes.ascending("b", "s"));
        details.createIndex(Indexes.ascending("b", "m", "k"));
    }

    private static String id(LedgerCounter counter) {
        StringBuilder id = new StringBuilder().append(counter.bucket()).append(SEPARATOR).append(counter.measure());
        counter.keys().forEach(key -> id.append(SEPARATOR).append(key));
        if (counter.isDetail()) {
            id.append(SEPARATOR).append(counter.seconds());
        }
        return id.toString();
    }
}
