package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.app.support.Processors;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, "no sleeping in request threads": a page waiting to read its own write is woken by the processors'
 * progress, not by a 20 ms clock. Equal work, not time: the test counts the waiter's reads of the token store. Against
 * the 20 ms poll this replaced, the first test counts about a hundred reads (2 s / 20 ms) and the last at least one.
 */
@OversightTest
class ReadYourWritesTest {

    static final String GROUP = CaseworkModule.PROCESSING_GROUP;
    static final Duration NEVER = Duration.ofMinutes(10);

    @Autowired
    EventStore events;
    @Autowired
    MongoDatabase database;
    @Autowired
    ProcessingProgress progress;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CommandGateway commands;

    final AtomicInteger tokenReads = new AtomicInteger();
    final CountDownLatch firstTokenRead = new CountDownLatch(1);

    /** The application's database, counting how often the token store is read. */
    MongoDatabase countingTokenReads() {
        return (MongoDatabase) Proxy.newProxyInstance(MongoDatabase.class.getClassLoader(),
                new Class<?>[]{MongoDatabase.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getCollection") && ReadModels.TOKENS.equals(arguments[0])) {
                        tokenReads.incrementAndGet();
                        firstTokenRead.countDown();
                    }
                    try {
                        return method.invoke(database, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                });
    }

    void openCase() {
        commands.sendAndWait(new OpenReviewCaseCommand("case-" + UUID.randomUUID(), Instant.now(), "police",
                "FEDERAL_REQUEST_FLAGGED", "test", "request"));
    }

    @Test
    void a_page_waiting_on_a_held_back_projection_reads_the_token_store_once_per_signal_and_recheck_not_every_20_ms() {
        Duration timeout = Duration.ofSeconds(2);
        Duration recheck = Duration.ofMillis(250);
        ReadModels readModels = new ReadModels(events, countingTokenReads(), progress, timeout, recheck);
        boolean caughtUp;
        long signals;
        try (Processors.HeldBack held = Processors.holdBack(processing, GROUP)) {
            openCase();
            long before = progress.changes(List.of(GROUP));
            caughtUp = readModels.awaitCaughtUp(GROUP);
            signals = progress.changes(List.of(GROUP)) - before;
        }

        assertThat(caughtUp).as("the projection is held back: the wait ends at its timeout").isFalse();
        // its segments are claimed by no one here, as when another instance processes them: only the fallback
        // re-check (and a signal of the group, if one came) reads the token store
        assertThat(tokenReads.get()).as("token store reads in a 2 s wait (the 20 ms poll made up to 100)")
                .isLessThanOrEqualTo((int) (signals + timeout.toMillis() / recheck.toMillis() + 1));
    }

    @Test
    void a_waiting_page_wakes_when_the_batch_it_waits_for_commits_not_on_a_clock() throws Exception {
        // neither the timeout nor the fallback re-check comes during this test: only a signal can end the wait
        ReadModels readModels = new ReadModels(events, countingTokenReads(), progress, NEVER, NEVER);
        CompletableFuture<Boolean> waiter;
        try (Processors.HeldBack held = Processors.holdBack(processing, GROUP)) {
            openCase();
            waiter = CompletableFuture.supplyAsync(() -> readModels.awaitCaughtUp(GROUP));
            // the group's segments are claimed nowhere here, so the waiter reads the token store once at the start
            assertThat(firstTokenRead.await(60, TimeUnit.SECONDS)).as("the waiter read the token store").isTrue();
            assertThat(waiter).as("the projection is held back").isNotDone();
        } // the projection starts again: it claims its segments and projects the new event

        assertThat(waiter.get(60, TimeUnit.SECONDS)).as("the waiter went on when the batch committed").isTrue();
    }

    @Test
    void with_every_segment_claimed_here_a_page_reads_its_own_write_without_reading_the_token_store() {
        ReadModels readModels = new ReadModels(events, countingTokenReads(), progress, NEVER, NEVER);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                progress.standing(List.of(GROUP), -1) != ProcessingProgress.Standing.UNKNOWN);

        openCase();
        assertThat(readModels.awaitCaughtUp(GROUP)).isTrue();

        assertThat(tokenReads.get()).as("the positions this instance's processors reported decide alone").isZero();
    }
}
