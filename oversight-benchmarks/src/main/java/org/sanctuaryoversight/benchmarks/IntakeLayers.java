package org.sanctuaryoversight.benchmarks;

import com.mongodb.client.MongoDatabase;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The layer below intake and status lookups, counted, so that the benchmark can compare the project's path with the
 * same storage work done raw: the documents one filing adds (its data key, its event commit, its deadline job, one
 * document per read model that keeps one per complaint), the commands the embedded server answers per filing or
 * lookup, and a raw "filing" that inserts one copy of each of those documents.
 */
final class IntakeLayers {

    private IntakeLayers() {
    }

    /** Documents per collection. */
    static Map<String, Long> documentCounts(MongoDatabase database) {
        Map<String, Long> counts = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            counts.put(name, database.getCollection(name).countDocuments());
        }
        return counts;
    }

    static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> added = new TreeMap<>();
        after.forEach((name, count) -> {
            long grown = count - before.getOrDefault(name, 0L);
            if (grown > 0) {
                added.put(name, grown);
            }
        });
        return added;
    }

    /**
     * Documents per filing, per collection that grew with the filings (at least nine tenths of a document per filing);
     * collections that grew by less are shared state (counters, a period's totals), not the filing's own documents.
     */
    static Map<String, Integer> perFiling(Map<String, Long> added, int filings) {
        Map<String, Integer> perFiling = new TreeMap<>();
        added.forEach((name, count) -> {
            if (count >= 0.9 * filings) {
                perFiling.put(name, (int) Math.round((double) count / filings));
            }
        });
        return perFiling;
    }

    static String describe(Map<String, Integer> perFiling) {
        return perFiling.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", ")) + " (" + perFiling.values().stream().mapToInt(Integer::intValue).sum()
                + " in all)";
    }

    /**
     * The embedded server's command counts (empty against a real MongoDB): read from the {@link EmbeddedMongo} behind
     * the application's {@code mongoEndpoint} bean.
     */
    static Map<String, Long> serverCommands(ConfigurableApplicationContext application) {
        return embedded(application) instanceof EmbeddedMongo embedded ? embedded.commandCounts() : Map.of();
    }

    /**
     * The embedded server's file commits so far ({@code EmbeddedMongo.fileCommits}, since the group commit), or -1:
     * against a real MongoDB, or a server from before the group commit, which committed every write command alone
     * (then its file commits are its write commands). Read reflectively so that the same benchmark measures both.
     */
    static long serverFileCommits(ConfigurableApplicationContext application) {
        try {
            Object embedded = embedded(application);
            return embedded == null ? -1 : (long) embedded.getClass().getMethod("fileCommits").invoke(embedded);
        } catch (ReflectiveOperationException before) {
            return -1;
        }
    }

    private static Object embedded(ConfigurableApplicationContext application) {
        try {
            Object endpoint = application.getBean("mongoEndpoint");
            Method server = endpoint.getClass().getDeclaredMethod("server");
            server.setAccessible(true);
            return server.invoke(endpoint) instanceof EmbeddedMongo embedded ? embedded : null;
        } catch (ReflectiveOperationException | RuntimeException notEmbedded) {
            return null;
        }
    }

    /** File commits per operation between two counts, as a table cell. */
    static String fileCommitsPerOperation(long before, long after, int operations) {
        return before < 0 || after < 0 ? "one per write command (each write committed alone, before the group commit)"
                : String.format(Locale.ROOT, "**%.2f** file commits per operation (%,d in all; the writes waiting "
                        + "together share one)", (double) (after - before) / operations, after - before);
    }

    /**
     * Commands per operation between two counts, largest first: the total, writes and reads, then each command and
     * collection answered at least once per ten operations.
     */
    static String perOperation(Map<String, Long> before, Map<String, Long> after, int operations, boolean writesFirst) {
        Map<String, Long> done = added(before, after);
        done.keySet().removeIf(command -> command.contains(" bench_raw")); // the benchmark's own raw baselines
        long total = done.values().stream().mapToLong(Long::longValue).sum();
        long writes = done.entrySet().stream().filter(entry -> isWrite(entry.getKey())).mapToLong(Map.Entry::getValue)
                .sum();
        String each = done.entrySet().stream().filter(entry -> entry.getValue() * 10 >= operations)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> String.format(Locale.ROOT, "%s %.1f", entry.getKey(), (double) entry.getValue() / operations))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "**%.1f** commands, of which %.1f writes (each under the server's one "
                        + "exclusive lock) and %.1f reads: %s",
                (double) total / operations, (double) writes / operations, (double) (total - writes) / operations, each);
    }

    private static boolean isWrite(String command) {
        String name = command.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return List.of("insert", "update", "delete", "findandmodify", "createindexes", "drop", "dropindexes").contains(name);
    }

    /** One raw "filing": an {@code insertOne} of a copy of each document a filing adds, into collections of its own. */
    static Benchmarks.Operation rawFiling(MongoDatabase database, Map<String, Integer> perFiling) {
        List<Map.Entry<Document, com.mongodb.client.MongoCollection<Document>>> writes = new ArrayList<>();
        perFiling.forEach((name, count) -> {
            var collection = database.getCollection(name);
            Document template = collection.find().skip((int) Math.max(0, collection.countDocuments() - 1)).first();
            for (int i = 0; i < count && template != null; i++) {
                writes.add(Map.entry(template, database.getCollection("bench_raw_" + name)));
            }
        });
        return () -> {
            for (var write : writes) {
                Document copy = new Document(write.getKey());
                copy.put("_id", UUID.randomUUID().toString());
                write.getValue().insertOne(copy);
            }
        };
    }
}
