package org.sanctuaryoversight.complaint;

import org.sanctuaryoversight.complaint.intake.ContactDetails;
import org.sanctuaryoversight.complaint.intake.AllegationCategory;
import org.sanctuaryoversight.complaint.intake.ComplaintSubmission;
import org.sanctuaryoversight.complaint.intake.IntakeChannel;
import static org.sanctuaryoversight.complaint.intake.ComplaintIntakePolicy.violation;

import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.complaint.intake.ContactMethod;
import org.sanctuaryoversight.complaint.intake.ComplaintIntakePolicy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.department.DepartmentDirectory;

class ComplaintIntakePolicyTest {

    final ComplaintIntakePolicy policy = new ComplaintIntakePolicy(
            DepartmentDirectory.of(List.of(new Department("police", Map.of("en", "Police")))),
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    static ComplaintSubmission anonymous(String narrative) {
        return new ComplaintSubmission(narrative, "2026-10", null, Set.of("police"),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null);
    }

    List<Ruling> check(ComplaintSubmission submission) {
        return policy.check(submission);
    }

    @Test
    void anyone_may_complain_with_nothing_more_than_what_happened_and_what_kind_of_violation_it_was() {
        ComplaintSubmission minimal = new ComplaintSubmission("They asked for papers.", null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.PHONE, "es", true, null);
        assertThat(check(minimal)).isEmpty();
    }

    @Test
    void a_complaint_must_say_what_happened() {
        assertThat(check(anonymous("   "))).containsExactly(violation("narrative", "required"));
    }

    @Test
    void the_narrative_may_hold_up_to_64_KiB_of_UTF_8_and_no_more() {
        String atLimit = "ñ".repeat(ComplaintIntakePolicy.MAX_NARRATIVE_BYTES / 2); // two bytes each
        assertThat(check(anonymous(atLimit))).isEmpty();
        assertThat(check(anonymous(atLimit + "a"))).containsExactly(violation("narrative", "tooLong"));
    }

    @Test
    void an_approximate_date_may_be_a_year_a_month_or_a_day_but_not_in_the_future() {
        for (String ok : List.of("2025", "2026-11", "2026-11-23")) {
            assertThat(check(withDate(ok))).as(ok).isEmpty();
        }
        assertThat(check(withDate("2026-13"))).containsExactly(violation("incidentDate", "invalid"));
        assertThat(check(withDate("last week"))).containsExactly(violation("incidentDate", "invalid"));
        assertThat(check(withDate("2026-11-24"))).containsExactly(violation("incidentDate", "future"));
        assertThat(check(withDate("2027"))).containsExactly(violation("incidentDate", "future"));
    }

    static ComplaintSubmission withDate(String date) {
        return new ComplaintSubmission("x", date, null, Set.of(), Set.of(AllegationCategory.OTHER),
                IntakeChannel.WEB_FORM, "en", true, null);
    }

    @Test
    void departments_come_from_the_city_directory_and_none_means_i_do_not_know() {
        ComplaintSubmission unknown = new ComplaintSubmission("x", null, null, Set.of("ice"),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true, null);
        assertThat(check(unknown)).containsExactly(violation("departments", "unknown"));
    }

    @Test
    void staying_anonymous_is_an_explicit_choice() {
        ComplaintSubmission undecided = new ComplaintSubmission("x", null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", null, null);
        assertThat(check(undecided)).containsExactly(violation("anonymous", "required"));
    }

    @Test
    void someone_who_chose_anonymity_is_never_asked_to_keep_contact_details() {
        ComplaintSubmission contradictory = new ComplaintSubmission("x", null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true,
                new ContactDetails(null, "me@example.org", null, null, ContactMethod.EMAIL));
        assertThat(check(contradictory)).containsExactly(violation("contact", "anonymousWithContact"));
    }

    @Test
    void the_preferred_way_to_be_reached_needs_the_matching_contact_detail() {
        ComplaintSubmission callMe = new ComplaintSubmission("x", null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", false,
                new ContactDetails("Ana", "not-an-email", null, null, ContactMethod.PHONE));
        assertThat(check(callMe)).containsExactlyInAnyOrder(violation("contact.email", "invalid"),
                violation("contact.phone", "requiredForPreferredMethod"));
    }

    @Test
    void an_e_mail_notice_needs_an_e_mail_address_to_go_to() {
        ComplaintSubmission tellMe = new ComplaintSubmission("x", null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", false,
                new ContactDetails("Ana", null, "+1 555 0100", null, ContactMethod.PHONE, true));
        assertThat(check(tellMe)).containsExactly(violation("contact.notifyByEmail", "emailRequired"));
        ComplaintSubmission nothingElse = new ComplaintSubmission("x", null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", true,
                new ContactDetails(null, null, null, null, null, true));
        assertThat(check(nothingElse)).containsExactly(violation("contact.notifyByEmail", "emailRequired"));
        ComplaintSubmission withAddress = new ComplaintSubmission("x", null, null, Set.of(),
                Set.of(AllegationCategory.OTHER), IntakeChannel.WEB_FORM, "en", false,
                new ContactDetails(null, "me@example.org", null, null, null, true));
        assertThat(check(withAddress)).isEmpty();
    }

    @Test
    void every_broken_rule_is_reported_at_once() {
        ComplaintSubmission empty = new ComplaintSubmission(null, "soon", null, Set.of("nope"), Set.of(), null,
                "English", null, null);
        assertThat(check(empty)).extracting(Ruling::field)
                .containsExactly("narrative", "incidentDate", "departments", "allegations", "channel", "language",
                        "anonymous");
    }
}
