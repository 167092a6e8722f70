package org.sanctuaryoversight.app.platform;

import java.lang.invoke.SerializedLambda;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jobrunr.jobs.JobDetails;
import org.jobrunr.jobs.JobParameter;
import org.jobrunr.jobs.details.CachingJobDetailsGenerator;
import org.jobrunr.jobs.details.JobDetailsGenerator;
import org.jobrunr.jobs.details.SerializedLambdaConverter;
import org.jobrunr.jobs.lambdas.IocJobLambda;
import org.jobrunr.jobs.lambdas.IocJobLambdaFromStream;
import org.jobrunr.jobs.lambdas.JobLambda;
import org.jobrunr.jobs.lambdas.JobLambdaFromStream;

/**
 * How JobRunr learns what a job calls, with the filing path's deadline job described directly instead of analysed.
 *
 * <p>Every filing schedules its acknowledgement deadline through Axon's {@code JobRunrDeadlineManager}, which hands
 * JobRunr the lambda {@code () -> execute(details, deadlineId.toString())}. JobRunr finds out what a lambda calls by
 * reading its class file from the jar and interpreting its bytecode with ASM; it caches the result per lambda class,
 * but not for this lambda (its argument is computed inside the lambda, {@code toString()}), so every filing paid a
 * full analysis, the largest cost of a filing's command on the request thread (issue 19's profile). What this lambda
 * calls is known: {@code JobRunrDeadlineManager.execute(String, String)} with the two values it captured. This
 * generator builds exactly the {@link JobDetails} JobRunr's analysis builds (same class, method, parameter types and
 * values, not cacheable; {@code DeadlineJobDetailsTest} compares the two), so stored jobs are the same documents and
 * run the same way. Every other job goes to JobRunr's own generator. Named in {@code application.yml}
 * ({@code jobrunr.job-scheduler.job-details-generator}); JobRunr creates it by its public no-argument constructor.
 */
public final class DeadlineJobDetails implements JobDetailsGenerator {

    static final String DEADLINE_MANAGER = "org/axonframework/deadline/jobrunr/JobRunrDeadlineManager";
    /** The scheduling lambda's body: {@code (String details, UUID deadlineId) -> execute(details, deadlineId.toString())}. */
    private static final String SCHEDULED_LAMBDA_SIGNATURE = "(Ljava/lang/String;Ljava/util/UUID;)V";

    private final JobDetailsGenerator others;

    public DeadlineJobDetails() {
        this(new CachingJobDetailsGenerator());
    }

    DeadlineJobDetails(JobDetailsGenerator others) {
        this.others = others;
    }

    @Override
    public JobDetails toJobDetails(JobLambda job) {
        return scheduledDeadline(job).orElseGet(() -> others.toJobDetails(job));
    }

    @Override
    public JobDetails toJobDetails(IocJobLambda<?> job) {
        return others.toJobDetails(job);
    }

    @Override
    public <T> JobDetails toJobDetails(T item, JobLambdaFromStream<T> job) {
        return others.toJobDetails(item, job);
    }

    @Override
    public <S, T> JobDetails toJobDetails(T item, IocJobLambdaFromStream<S, T> job) {
        return others.toJobDetails(item, job);
    }

    /** The details of Axon's deadline job, if {@code job} is its scheduling lambda (captured: the manager, details, id). */
    static Optional<JobDetails> scheduledDeadline(JobLambda job) {
        if (!job.getClass().isSynthetic()) {
            return Optional.empty(); // a class of its own, not a lambda: JobRunr's generator says what it does with it
        }
        SerializedLambda lambda = SerializedLambdaConverter.toSerializedLambda(job);
        if (!DEADLINE_MANAGER.equals(lambda.getImplClass())
                || !lambda.getImplMethodName().startsWith("lambda$schedule$")
                || !SCHEDULED_LAMBDA_SIGNATURE.equals(lambda.getImplMethodSignature())
                || lambda.getCapturedArgCount() != 3
                || !(lambda.getCapturedArg(1) instanceof String details)
                || !(lambda.getCapturedArg(2) instanceof UUID deadlineId)) {
            return Optional.empty();
        }
        JobDetails jobDetails = new JobDetails(DEADLINE_MANAGER.replace('/', '.'), null, "execute",
                List.of(new JobParameter(String.class, details), new JobParameter(String.class, deadlineId.toString())));
        jobDetails.setCacheable(false);
        return Optional.of(jobDetails);
    }
}
