package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.platform.ProcessingProgress.Standing;

/**
 * What this instance's processors report decides a wait alone only while the segments claimed here make up the whole
 * group; a claim given up, split, or found taken sends the waiter back to the token store.
 */
class ProcessingProgressTest {

    static final String GROUP = "projection";
    static final List<String> GROUPS = List.of(GROUP);

    final ProcessingProgress progress = new ProcessingProgress();
    final InMemoryTokenStore shared = new InMemoryTokenStore();
    final TokenStore here = new ProgressReportingTokenStore(shared, progress);

    @Test
    void the_segments_claimed_here_decide_only_when_they_make_up_the_whole_group() {
        here.initializeTokenSegments(GROUP, 2, new GlobalSequenceTrackingToken(4));
        Segment[] halves = Segment.computeSegments(0, 1);
        here.fetchToken(GROUP, halves[0]);
        assertThat(progress.standing(GROUPS, 4)).as("half the group is claimed here").isEqualTo(Standing.UNKNOWN);

        here.fetchToken(GROUP, halves[1]);
        assertThat(progress.standing(GROUPS, 4)).isEqualTo(Standing.PASSED);
        assertThat(progress.standing(GROUPS, 5)).isEqualTo(Standing.BEHIND);

        long before = progress.changes(GROUPS);
        here.storeToken(new GlobalSequenceTrackingToken(5), GROUP, 0);
        here.storeToken(new GlobalSequenceTrackingToken(5), GROUP, 1);
        assertThat(progress.changes(GROUPS)).as("a signal per stored token").isEqualTo(before + 2);
        assertThat(progress.standing(GROUPS, 5)).isEqualTo(Standing.PASSED);

        here.releaseClaim(GROUP, 1);
        assertThat(progress.standing(GROUPS, 5)).isEqualTo(Standing.UNKNOWN);
    }

    @Test
    void a_segment_split_in_unequal_shares_counts_by_its_mask() {
        here.initializeTokenSegments(GROUP, 3, new GlobalSequenceTrackingToken(7));
        // three segments: 0 and 2 each hold a quarter, 1 holds a half
        Segment[] segments = Segment.computeSegments(0, 1, 2);
        here.fetchToken(GROUP, segments[0]);
        here.fetchToken(GROUP, segments[2]);
        assertThat(progress.standing(GROUPS, 7)).as("a half is still elsewhere").isEqualTo(Standing.UNKNOWN);

        here.fetchToken(GROUP, segments[1]);
        assertThat(progress.standing(GROUPS, 7)).isEqualTo(Standing.PASSED);
    }

    @Test
    void a_claim_found_taken_by_another_instance_is_no_longer_counted_here() {
        here.initializeTokenSegments(GROUP, 1, new GlobalSequenceTrackingToken(2));
        here.fetchToken(GROUP, Segment.ROOT_SEGMENT);
        assertThat(progress.standing(GROUPS, 2)).isEqualTo(Standing.PASSED);

        TokenStore failing = new ProgressReportingTokenStore(new InMemoryTokenStore() {
            @Override
            public void extendClaim(String processorName, int segment) {
                throw new UnableToClaimTokenException("taken by another instance");
            }
        }, progress);
        assertThatThrownBy(() -> failing.extendClaim(GROUP, 0)).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(progress.standing(GROUPS, 2)).isEqualTo(Standing.UNKNOWN);
    }

    @Test
    void a_waiter_wakes_on_a_change_of_its_own_groups_only() throws InterruptedException {
        here.initializeTokenSegments(GROUP, 1);
        here.initializeTokenSegments("other", 1);
        long seen = progress.changes(GROUPS);
        here.storeToken(new GlobalSequenceTrackingToken(1), "other", 0);
        assertThat(progress.changes(GROUPS)).as("another group's token").isEqualTo(seen);

        Thread storer = new Thread(() -> here.storeToken(new GlobalSequenceTrackingToken(1), GROUP, 0));
        storer.start();
        // the fallback would end this wait only after ten minutes: the stored token ends it
        assertThat(progress.awaitChange(GROUPS, seen, java.time.Duration.ofMinutes(10).toNanos())).isTrue();
        assertThat(progress.changes(GROUPS)).isEqualTo(seen + 1);
        storer.join();
    }
}
