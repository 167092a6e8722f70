package org.sanctuaryoversight.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.complaint.casework.BusinessCalendar;
import org.sanctuaryoversight.complaint.casework.DeadlineKind;
import org.sanctuaryoversight.notification.Addressee.*;

class WhoMustActTest {

    @Test
    void a_new_complaint_is_for_the_ombudsperson_who_acknowledges_it() {
        assertThat(WhoMustAct.onNewComplaint()).isEqualTo(new Ombudspersons());
    }

    @Test
    void an_assignment_is_for_the_investigator_assigned() {
        assertThat(WhoMustAct.onAssignment("ivan")).isEqualTo(new Staff("ivan"));
    }

    @Test
    void a_complainant_s_message_is_for_the_case_s_investigator_or_before_assignment_the_ombudsperson() {
        assertThat(WhoMustAct.onComplainantMessage("ivan")).isEqualTo(new Staff("ivan"));
        assertThat(WhoMustAct.onComplainantMessage(null)).isEqualTo(new Ombudspersons());
    }

    @Test
    void a_referral_and_its_deadline_are_for_the_liaisons_of_that_department_only() {
        assertThat(WhoMustAct.onReferral("police")).isEqualTo(new LiaisonsOf("police"));
        assertThat(WhoMustAct.onDeadline(DeadlineKind.DEPARTMENT_RESPONSE, "police", "ivan"))
                .isEqualTo(new LiaisonsOf("police"));
    }

    @Test
    void acknowledging_and_investigating_deadlines_are_for_whoever_works_the_case() {
        assertThat(WhoMustAct.onDeadline(DeadlineKind.ACKNOWLEDGEMENT, null, null)).isEqualTo(new Ombudspersons());
        assertThat(WhoMustAct.onDeadline(DeadlineKind.INVESTIGATION, null, "ivan")).isEqualTo(new Staff("ivan"));
        assertThat(WhoMustAct.onDeadline(DeadlineKind.INVESTIGATION, null, null)).isEqualTo(new Ombudspersons());
    }

    @Test
    void the_office_s_message_is_announced_to_the_complainant_alone() {
        assertThat(WhoMustAct.onOfficeMessage()).isEqualTo(new Complainant());
    }

    @Test
    void a_deadline_is_coming_up_from_its_day_back_to_three_business_days_before_it() {
        LocalDate wednesday = LocalDate.of(2026, 12, 9);
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        ReminderWindow window = new ReminderWindow(new BusinessCalendar(Set.of(christmas)), 3);

        assertThat(window.lastDueDate(wednesday)).isEqualTo(LocalDate.of(2026, 12, 14)); // Thu, Fri, (weekend), Mon
        assertThat(window.comingUp(wednesday, wednesday)).as("due today").isTrue();
        assertThat(window.comingUp(LocalDate.of(2026, 12, 13), wednesday)).as("due on the Sunday").isTrue();
        assertThat(window.comingUp(LocalDate.of(2026, 12, 14), wednesday)).isTrue();
        assertThat(window.comingUp(LocalDate.of(2026, 12, 15), wednesday)).as("four business days away").isFalse();
        assertThat(window.comingUp(LocalDate.of(2026, 12, 8), wednesday)).as("already passed").isFalse();
        assertThat(window.comingUp(null, wednesday)).isFalse();
        assertThat(window.lastDueDate(LocalDate.of(2026, 12, 23))).as("a holiday is not a business day")
                .isEqualTo(LocalDate.of(2026, 12, 29));
    }
}
