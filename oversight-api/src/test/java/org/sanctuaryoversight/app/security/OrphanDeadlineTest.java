package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.complaint.casework.DeadlinePassed;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 item 9: a crash between scheduling a complaint's acknowledgement deadline and appending its filing leaves
 * a deadline job for a complaint that does not exist. When it fires, the job must end (succeeded), not fail and be
 * retried for ever.
 *
 * <p>This held before the test was written: Axon's repository, asked to deliver a deadline to an aggregate with no
 * events, catches the {@code AggregateNotFoundException} and drops the deadline (logging a warning with the random
 * complaint id and a stack trace, nothing personal). The test pins that, so a change to how the aggregate is loaded
 * (a repository of our own, a cache) cannot turn it into a job retried for ever.
 */
@OversightTest
class OrphanDeadlineTest {

    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    StorageProvider jobStorage;

    @Test
    void a_deadline_for_a_complaint_that_was_never_filed_ends_quietly() {
        String neverFiled = UUID.randomUUID().toString();
        Instant now = Instant.now();
        String jobId = deadlineManager.schedule(now, DeadlinePassed.DEADLINE_NAME,
                new DeadlinePassed(DeadlineKind.ACKNOWLEDGEMENT, null, null, LocalDate.now(), now),
                new AggregateScopeDescriptor("ComplaintAggregate", neverFiled));

        StateName ended = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> jobStorage.getJobById(UUID.fromString(jobId)).getState(),
                        state -> state != StateName.SCHEDULED && state != StateName.ENQUEUED
                                && state != StateName.PROCESSING);
        assertThat(ended).as("the job ends, not failed and awaiting a retry").isEqualTo(StateName.SUCCEEDED);
        assertThat(jobStorage.getJobById(UUID.fromString(jobId)).getJobStates())
                .as("it never failed on the way").noneMatch(state -> state.getName() == StateName.FAILED);
    }
}
