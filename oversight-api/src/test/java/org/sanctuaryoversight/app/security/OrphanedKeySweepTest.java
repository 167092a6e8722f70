package org.sanctuaryoversight.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.FilingComplaint;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.intake.OrphanedComplaintKeys;
import org.sanctuaryoversight.privacy.PersonalDataVault;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18 item 9: a crash between creating a complaint's data key and appending its filing leaves a key for a
 * complaint that does not exist. The sweep destroys such keys once older than the minimum age (one hour by default),
 * asking the event store, not a read model, whether the complaint exists; it leaves a filed complaint's key, a
 * fresh key (a filing in flight) and other subjects' keys alone.
 */
@OversightTest
class OrphanedKeySweepTest {

    @Autowired
    OrphanedComplaintKeys sweep;
    @Autowired
    FilingComplaint filing;
    @Autowired
    PersonalDataVault vault;
    @Autowired
    StorageProvider jobs;

    @Test
    void the_sweep_is_a_recurring_job_every_hour_by_default() {
        assertThat(jobs.getRecurringJobs()).anySatisfy(job -> {
            assertThat(job.getId()).isEqualTo(OrphanedKeySweep.JOB_ID);
            assertThat(job.getScheduleExpression()).isEqualTo("PT1H");
        });
    }

    @Test
    void a_key_older_than_the_minimum_age_whose_complaint_was_never_filed_is_destroyed() {
        String filed = filing.file(new ComplaintSubmission("They asked where I was born.", "2026-10", null,
                Set.of("police"), Set.of(AllegationCategory.INQUIRING_ABOUT_STATUS), IntakeChannel.WEB_FORM, "en",
                true, null)).complaintId();
        String orphan = UUID.randomUUID().toString();
        vault.createKey(orphan);
        String staffKey = "staff-totp-" + UUID.randomUUID();
        vault.createKey(staffKey);

        sweep.sweepAsOf(Instant.now());
        assertThat(vault.hasKey(orphan)).as("a fresh key may belong to a filing in flight").isTrue();

        sweep.sweepAsOf(Instant.now().plus(Duration.ofHours(1)).plusSeconds(60));
        assertThat(vault.hasKey(orphan)).as("the orphan is gone").isFalse();
        assertThat(vault.hasKey(filed)).as("a filed complaint keeps its key").isTrue();
        assertThat(vault.hasKey(staffKey)).as("keys of other subjects are never swept").isTrue();
    }
}
