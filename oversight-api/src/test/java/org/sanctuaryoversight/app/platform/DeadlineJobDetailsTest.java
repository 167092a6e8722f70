package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.deadline.jobrunr.JobRunrDeadlineManager;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.json.JacksonSerializer;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.details.JobDetailsAsmGenerator;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.jobs.lambdas.IocJobLambdaFromStream;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.jobs.lambdas.JobLambdaFromStream;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.InMemoryStorageProvider;
import org.jobrunr.utils.mapper.jackson.JacksonJsonMapper;
import org.junit.jupiter.api.Test;

/**
 * Each filing's deadline job is described without analysing its lambda's bytecode (issue 19's profile: the largest cost
 * of a filing's command), and the description is exactly what JobRunr's analysis gives, so stored jobs do not change.
 */
class DeadlineJobDetailsTest {

    private final JacksonJsonMapper json = new JacksonJsonMapper();

    @Test
    void describes_axons_deadline_job_exactly_as_jobrunrs_bytecode_analysis_does_without_running_it() {
        Recording analysis = new Recording(new JobDetailsAsmGenerator());
        schedule(analysis, "acknowledgement-deadline");
        JobLambda deadlineLambda = analysis.lambdas.get(0);

        JobDetails direct = new DeadlineJobDetails(new Refusing()).toJobDetails(deadlineLambda);

        assertThat(json.serialize(direct)).as("the same job document as JobRunr's own analysis")
                .isEqualTo(json.serialize(analysis.details.get(0)));
        assertThat(direct.getClassName()).isEqualTo("org.axonframework.deadline.jobrunr.JobRunrDeadlineManager");
        assertThat(direct.getMethodName()).isEqualTo("execute");
    }

    @Test
    void every_other_job_is_left_to_jobrunrs_generator() {
        Recording analysis = new Recording(new JobDetailsAsmGenerator());
        JobLambda other = () -> System.out.println("another job");

        new DeadlineJobDetails(analysis).toJobDetails(other);

        assertThat(analysis.lambdas).containsExactly(other);
    }

    private static void schedule(JobDetailsGenerator generator, String deadlineName) {
        InMemoryStorageProvider storage = new InMemoryStorageProvider();
        storage.setJobMapper(new JobMapper(new JacksonJsonMapper()));
        JobRunrDeadlineManager manager = JobRunrDeadlineManager.builder()
                .jobScheduler(new JobScheduler(storage, generator, List.of()))
                .scopeAwareProvider(scope -> java.util.stream.Stream.empty())
                .serializer(JacksonSerializer.defaultSerializer())
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
        manager.schedule(Instant.parse("2026-12-21T17:00:00Z"), deadlineName, null,
                new AggregateScopeDescriptor("ComplaintAggregate", "complaint-1"));
    }

    /** JobRunr's generator, recording what it was asked and answered. */
    private static final class Recording implements JobDetailsGenerator {
        final JobDetailsGenerator delegate;
        final List<JobLambda> lambdas = new ArrayList<>();
        final List<JobDetails> details = new ArrayList<>();

        Recording(JobDetailsGenerator delegate) {
            this.delegate = delegate;
        }

        @Override
        public JobDetails toJobDetails(JobLambda job) {
            lambdas.add(job);
            JobDetails answer = delegate.toJobDetails(job);
            details.add(answer);
            return answer;
        }

        @Override
        public JobDetails toJobDetails(IocJobLambda<?> job) {
            return delegate.toJobDetails(job);
        }

        @Override
        public <T> JobDetails toJobDetails(T item, JobLambdaFromStream<T> job) {
            return delegate.toJobDetails(item, job);
        }

        @Override
        public <S, T> JobDetails toJobDetails(T item, IocJobLambdaFromStream<S, T> job) {
            return delegate.toJobDetails(item, job);
        }
    }

    /** Fails if asked: the deadline job must not reach JobRunr's analysis. */
    private static final class Refusing implements JobDetailsGenerator {
        @Override
        public JobDetails toJobDetails(JobLambda job) {
            throw new AssertionError("analysed the lambda");
        }

        @Override
        public JobDetails toJobDetails(IocJobLambda<?> job) {
            throw new AssertionError("analysed the lambda");
        }

        @Override
        public <T> JobDetails toJobDetails(T item, JobLambdaFromStream<T> job) {
            throw new AssertionError("analysed the lambda");
        }

        @Override
        public <S, T> JobDetails toJobDetails(T item, IocJobLambdaFromStream<S, T> job) {
            throw new AssertionError("analysed the lambda");
        }
    }
}
