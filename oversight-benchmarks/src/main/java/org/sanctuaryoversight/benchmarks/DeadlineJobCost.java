package org.sanctuaryoversight.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jobrunr.jobs.details.CachingJobDetailsGenerator;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.sanctuaryoversight.app.platform.DeadlineJobDetails;

/**
 * The CPU one filing's deadline job costs to schedule, with JobRunr's own job details generator (which analyses Axon's
 * scheduling lambda's bytecode every time) and with {@link DeadlineJobDetails}, alternating in rounds on one thread and
 * measured as that thread's CPU time, so that other processes on a shared machine count less. Jobs go to JobRunr's
 * in-memory storage: the storage write is not part of this figure. {@code --only=deadline-job}.
 */
final class DeadlineJobCost {

    private DeadlineJobCost() {
    }

    static void run(Consumer<String> line) {
        JobRunrDeadlineManager analysed = manager(new CachingJobDetailsGenerator());
        JobRunrDeadlineManager described = manager(new DeadlineJobDetails());
        cpuNanos(analysed, 2_000);
        cpuNanos(described, 2_000);
        int each = 1_000;
        int rounds = 5;
        long before = 0;
        long after = 0;
        for (int round = 0; round < rounds; round++) {
            before += cpuNanos(analysed, each);
            after += cpuNanos(described, each);
        }
        line.accept(String.format(Locale.ROOT, "| CPU to schedule one filing's deadline job (%d × %,d each, alternating, "
                        + "after 2,000 of each): JobRunr's generator / `DeadlineJobDetails` | %.3f ms / **%.3f ms** |",
                rounds, each, before / 1e6 / (rounds * each), after / 1e6 / (rounds * each)));
    }

    private static JobRunrDeadlineManager manager(JobDetailsGenerator generator) {
        InMemoryStorageProvider storage = new InMemoryStorageProvider();
        storage.setJobMapper(new JobMapper(new JacksonJsonMapper()));
        return JobRunrDeadlineManager.builder()
                .jobScheduler(new JobScheduler(storage, generator, List.of()))
                .scopeAwareProvider(scope -> java.util.stream.Stream.empty())
                .serializer(JacksonSerializer.defaultSerializer())
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }

    private static long cpuNanos(JobRunrDeadlineManager manager, int deadlines) {
        var threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < deadlines; i++) {
            manager.schedule(Instant.parse("2026-12-21T17:00:00Z"), "acknowledgement", null,
                    new AggregateScopeDescriptor("ComplaintAggregate", "complaint-" + i));
        }
        return threads.getCurrentThreadCpuTime() - start;
    }
}
