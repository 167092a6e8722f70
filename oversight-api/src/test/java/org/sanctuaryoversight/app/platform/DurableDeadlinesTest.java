package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import java.util.UUID;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.nosql.mongo.MongoDBStorageProvider;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deadlines (acknowledgement, department response, investigation) must survive a restart: Axon's
 * deadline manager is JobRunr's, and JobRunr keeps its jobs in the same MongoDB as the events.
 */
@OversightTest
class DurableDeadlinesTest {

    @Autowired
    DeadlineManager deadlineManager;
    @Autowired
    StorageProvider jobStorage;
    @Autowired
    MongoDatabase database;

    @Autowired
    org.jobrunr.scheduling.JobScheduler jobScheduler;

    @Test
    void the_job_scheduler_describes_deadline_jobs_without_analysing_their_bytecode() throws Exception {
        java.lang.reflect.Field generator = org.jobrunr.scheduling.JobScheduler.class.getDeclaredField("jobDetailsGenerator");
        generator.setAccessible(true);
        assertThat(generator.get(jobScheduler)).as("application.yml names it (see DeadlineJobDetailsTest)")
                .isInstanceOf(DeadlineJobDetails.class);
    }

    @Test
    void axon_schedules_deadlines_as_jobrunr_jobs_stored_in_mongodb() {
        assertThat(deadlineManager).isInstanceOf(JobRunrDeadlineManager.class);
        assertThat(jobStorage).isInstanceOf(MongoDBStorageProvider.class);

        String id = deadlineManager.schedule(Instant.now().plus(Duration.ofDays(30)), "durable-deadline-test", null,
                new AggregateScopeDescriptor("ComplaintAggregate", "deadline-test-complaint"));

        Job job = jobStorage.getJobById(UUID.fromString(id));
        assertThat(job.getState()).as("the deadline is a job in MongoDB, so it outlives this process")
                .isEqualTo(StateName.SCHEDULED);
        assertThat(database.listCollectionNames().into(new java.util.ArrayList<>()))
                .as("JobRunr's tables live beside the events").anyMatch(name -> name.startsWith("jobrunr_"));

        deadlineManager.cancelSchedule("durable-deadline-test", id);
        assertThat(jobStorage.getJobById(UUID.fromString(id)).getState())
                .as("a cancelled deadline no longer fires").isEqualTo(StateName.DELETED);
    }
}
