package org.sanctuaryoversight.complaint.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintFiledEvent;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.*;
import org.sanctuaryoversight.privacy.Sealed;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.support.InMemoryMongo;

/** The access log lists every view newest first, pages, survives redelivery unchanged and rebuilds after a reset. */
class IdentityAccessProjectionTest {

    static final InMemoryMongo MONGO = new InMemoryMongo();
    static final Instant T = Instant.parse("2026-11-23T16:00:00Z");

    final IdentityAccessProjection projection = new IdentityAccessProjection(MONGO.freshDatabase());

    @AfterAll
    static void close() {
        MONGO.close();
    }

    static ComplainantIdentityViewedEvent viewed(String complaintId, int minutes, String note) {
        return new ComplainantIdentityViewedEvent(complaintId, "u-inv", "Ivan", StaffRole.INVESTIGATOR,
                T.plusSeconds(60L * minutes), IdentityViewPurpose.CONTACT_ABOUT_CASE, note);
    }

    void history() {
        projection.on(new ComplaintFiledEvent("c-1", T, null, null, null, Set.of(), Set.of(AllegationCategory.OTHER),
                IntakeChannel.WEB_FORM, "en", false, new Sealed("c-1", "eA=="), null));
        projection.on(new ComplaintFiledEvent("c-2", T, null, null, null, Set.of(), Set.of(AllegationCategory.OTHER),
                IntakeChannel.WEB_FORM, "en", true, null, null));
        projection.on(viewed("c-1", 1, "first"), 1);
        projection.on(viewed("c-1", 5, "third"), 3);
        projection.on(viewed("c-3", 3, "second"), 2);
    }

    @Test
    void views_are_listed_newest_first_and_paged_and_can_be_filtered_by_case() {
        history();
        IdentityAccessLogPage first = projection.handle(new FindIdentityAccessLogQuery(null, 0, 2));
        assertThat(first.total()).isEqualTo(3);
        assertThat(first.entries()).extracting(IdentityAccessEntry::note).containsExactly("third", "second");
        assertThat(first.hasNext()).isTrue();
        assertThat(projection.handle(new FindIdentityAccessLogQuery(null, 1, 2)).entries())
                .extracting(IdentityAccessEntry::note).containsExactly("first");
        assertThat(projection.handle(new FindIdentityAccessLogQuery("c-1", 0, 10)).entries())
                .extracting(IdentityAccessEntry::note).containsExactly("third", "first");
        assertThat(first.entries().get(0)).isEqualTo(new IdentityAccessEntry("c-1", T.plusSeconds(300), "u-inv", "Ivan",
                StaffRole.INVESTIGATOR, IdentityViewPurpose.CONTACT_ABOUT_CASE, "third"));
    }

    @Test
    void a_subject_says_whether_there_is_an_identity_to_view_but_never_holds_it() {
        history();
        assertThat(projection.handle(new FindIdentitySubjectQuery("c-1")))
                .contains(new IdentitySubject("c-1", false, true));
        assertThat(projection.handle(new FindIdentitySubjectQuery("c-2")))
                .contains(new IdentitySubject("c-2", true, false));
        assertThat(projection.handle(new FindIdentitySubjectQuery("nope"))).isEmpty();
    }

    @Test
    void redelivery_changes_nothing_and_a_reset_then_replay_rebuilds_the_same_log() {
        history();
        IdentityAccessLogPage once = projection.handle(new FindIdentityAccessLogQuery(null, 0, 10));
        history();
        assertThat(projection.handle(new FindIdentityAccessLogQuery(null, 0, 10))).isEqualTo(once);
        projection.reset();
        assertThat(projection.handle(new FindIdentityAccessLogQuery(null, 0, 10)).total()).isZero();
        history();
        assertThat(projection.handle(new FindIdentityAccessLogQuery(null, 0, 10))).isEqualTo(once);
    }

    /** Another capability's event, as the access log sees it (a federal request's document, in the application). */
    record DocumentOpened(String requestId, long at) implements LoggedAccess {
        public String accessedRecordId() {
            return requestId;
        }

        public String accessedItemId() {
            return "doc-1";
        }

        public String accessedBy() {
            return "u-lee";
        }

        public String accessorName() {
            return "Lee";
        }

        public StaffRole accessorRole() {
            return StaffRole.DEPARTMENT_LIAISON;
        }

        public Instant accessedAt() {
            return T.plusSeconds(at);
        }

        public String purposeCode() {
            return "CORRECT_THE_RECORD";
        }

        public String accessNote() {
            return "Checking the detainer copy";
        }

        public Seen seen() {
            return Seen.FEDERAL_REQUEST_DOCUMENT;
        }
    }

    @Test
    void another_capabilitys_opening_is_listed_with_the_views_and_filtered_by_its_record() {
        history();
        projection.on(new DocumentOpened("fr-1", 600), 4);
        projection.on(new DocumentOpened("fr-1", 600), 4); // redelivered
        IdentityAccessLogPage log = projection.handle(new FindIdentityAccessLogQuery(null, 0, 10));
        assertThat(log.total()).isEqualTo(4);
        assertThat(log.entries().get(0)).isEqualTo(new IdentityAccessEntry("fr-1", T.plusSeconds(600), "u-lee", "Lee",
                StaffRole.DEPARTMENT_LIAISON, "CORRECT_THE_RECORD", "Checking the detainer copy", "doc-1",
                Seen.FEDERAL_REQUEST_DOCUMENT));
        assertThat(projection.handle(new FindIdentityAccessLogQuery("fr-1", 0, 10)).entries()).hasSize(1);
    }
}
