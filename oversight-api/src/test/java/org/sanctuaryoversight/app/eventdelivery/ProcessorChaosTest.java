package org.sanctuaryoversight.app.eventdelivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.federalrequest.AmendFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.DocumentFederalRequestCommand;
import org.sanctuaryoversight.federalrequest.FederalAgency;
import org.sanctuaryoversight.federalrequest.FederalRequestFacts;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.sanctuaryoversight.federalrequest.LegalDocument;
import org.sanctuaryoversight.federalrequest.RequestChannel;
import org.sanctuaryoversight.federalrequest.RequestType;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15: processors restarted and segments handed over at random moments while four writers append concurrently.
 * A processor is stopped, left behind, started and stopped again part-way through its backlog; batches of 3 events
 * over commits of two (a documented and flagged federal request) make the token it stores often lie inside a commit. Afterwards every read model must equal what a rebuild
 * from scratch makes of the same events. Seeded: the seed is printed, and {@code -Dchaos.seed=...} replays the same
 * choices (thread timing still varies). Bounded: the writers do a fixed amount of work.
 */
@OversightTest
@TestPropertySource(properties = "oversight.events.batch-size=3")
class ProcessorChaosTest {

    static final int SEGMENTS = 2;
    static final int WRITERS = 4;
    static final int OPERATIONS_PER_WRITER = 12;
    static final StaffMember LIAISON = new StaffMember("u-chaos", "Casey Chaos", StaffRole.DEPARTMENT_LIAISON, "sheriff");
    /** Not read models: the events, the processors' own bookkeeping, JobRunr's, and the instances' shared state. */
    static final Set<String> NOT_READ_MODELS = Set.of("event_commits", "event_snapshots", "event_sequence",
            "trackingtokens", "sagas", "deadletters", "http_sessions", "shared_state");

    @Autowired
    FilingComplaint filing;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    EventStore events;
    @Autowired
    MongoDatabase database;

    @Test
    void read_models_built_through_random_restarts_equal_a_rebuild_from_scratch() throws Exception {
        long seed = Long.getLong("chaos.seed", System.nanoTime());
        System.out.println("ProcessorChaosTest seed: " + seed + " (replay with -Dchaos.seed=" + seed + ")");
        Random random = new Random(seed);
        List<StreamingEventProcessor> processors = processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast)
                .sorted(Comparator.comparing(StreamingEventProcessor::getName)).toList();

        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger restarts = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long writerSeed = random.nextLong();
            writers.add(pool.submit(() -> write(new Random(writerSeed))));
        }
        long chaosSeed = random.nextLong();
        Future<?> chaos = pool.submit(() -> {
            Random choices = new Random(chaosSeed);
            while (writing.get()) {
                Thread.sleep(50 + choices.nextInt(250));
                StreamingEventProcessor processor = processors.get(choices.nextInt(processors.size()));
                if (choices.nextInt(3) == 0) {
                    processor.releaseSegment(choices.nextInt(SEGMENTS)); // handed over, as to another instance
                } else {
                    // Stopped while the writers go on, started, and stopped again part-way through the backlog:
                    // the token it stores then lies anywhere in the backlog, often inside a commit.
                    processor.shutDown();
                    Thread.sleep(100 + choices.nextInt(300));
                    processor.start();
                    Thread.sleep(choices.nextInt(60));
                    processor.shutDown();
                    processor.start();
                }
                restarts.incrementAndGet();
            }
            return null;
        });
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        chaos.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        assertThat(restarts.get()).as("seed %d: restarts during the run", seed).isPositive();

        Processors.awaitCaughtUp(processing, events, SEGMENTS);
        Map<String, List<String>> live = readModels();

        for (StreamingEventProcessor processor : processors) {
            if (processor.supportsReset()) {
                processor.shutDown();
                processor.resetTokens();
            }
        }
        processors.forEach(StreamingEventProcessor::start);
        Processors.awaitCaughtUp(processing, events, SEGMENTS);

        assertThat(readModels()).as("seed %d: read models built live, through restarts, against a rebuild", seed)
                .isEqualTo(live);
        // the flags (second event of their commits) reached the report and opened review cases
        assertThat(live.get("report_ledger_federal_requests")).as("seed %d", seed).isNotEmpty();
        assertThat(live.get("casework_cases")).as("seed %d", seed).anyMatch(c -> c.contains("\"reviewCase\": true"));
    }

    /** Documents (flagged: two events in one commit), amends and files complaints, in a seeded order. */
    private Void write(Random random) {
        List<String> documented = new ArrayList<>();
        for (int i = 0; i < OPERATIONS_PER_WRITER; i++) {
            int choice = random.nextInt(4);
            if (choice <= 1 || documented.isEmpty()) {
                String requestId = UUID.randomUUID().toString();
                commands.sendAndWait(new DocumentFederalRequestCommand(requestId, facts(random.nextBoolean()
                        ? List.of(RequestType.INFORMATION_ABOUT_PERSON) : List.of(RequestType.DETAINER_HOLD),
                        "first version"), Instant.now(), LIAISON));
                documented.add(requestId);
            } else if (choice == 2) {
                String requestId = documented.get(random.nextInt(documented.size()));
                try {
                    commands.sendAndWait(new AmendFederalRequestCommand(requestId, facts(List.of(
                            RequestType.INFORMATION_ABOUT_PERSON, RequestType.FACILITY_ACCESS), "amended " + i),
                            "Corrected the request types", Instant.now(), LIAISON));
                } catch (RuntimeException concurrentAmendment) {
                    // another writer amended the same record at the same moment: optimistic concurrency
                }
            } else {
                filing.file(new ComplaintSubmission("chaos " + i + " " + UUID.randomUUID(), "2026-10", null,
                        Set.of("sheriff"), Set.of(AllegationCategory.HONOURING_DETAINER_OR_TRANSFER),
                        IntakeChannel.PARTNER_API, "en", true, null));
            }
        }
        return null;
    }

    private static FederalRequestFacts facts(List<RequestType> asked, String description) {
        return new FederalRequestFacts("sheriff", Instant.now().minus(Duration.ofHours(2)), FederalAgency.ICE_ERO,
                RequestChannel.EMAIL, asked, LegalDocument.ADMINISTRATIVE_WARRANT, FederalRequestResponse.COMPLIED,
                description, "Complied");
    }

    /** Every read model, collection by collection, as comparable text: documents sorted, lists of values sorted. */
    private Map<String, List<String>> readModels() {
        Map<String, List<String>> models = new TreeMap<>();
        for (String collection : database.listCollectionNames()) {
            if (NOT_READ_MODELS.contains(collection) || collection.startsWith("jobrunr_")) {
                continue;
            }
            List<String> documents = new ArrayList<>();
            for (Document document : database.getCollection(collection).find()) {
                documents.add(normalised(document).toJson());
            }
            documents.sort(Comparator.naturalOrder());
            models.put(collection, documents);
        }
        return models;
    }

    /** Lists of plain values (a set kept as a list) do not depend on processing order; lists of documents do. */
    private static Document normalised(Document document) {
        Document copy = new Document();
        document.forEach((key, value) -> {
            if (value instanceof Document nested) {
                copy.put(key, normalised(nested));
            } else if (value instanceof List<?> list && list.stream().noneMatch(Document.class::isInstance)) {
                copy.put(key, list.stream().map(String::valueOf).sorted().toList());
            } else {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
