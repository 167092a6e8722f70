package org.sanctuaryoversight.federalrequest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.EveryOpeningHasAReason;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OmbudspersonApprovesPublicRecords;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OnlyDocumentsOfThisRequest;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.OnlyTheDepartmentAndTheOffice;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.PublicSummaryNamesNoOne;
import org.sanctuaryoversight.federalrequest.FederalRequestPolicies.RecordStaysWithItsDepartment;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;

/** Who may do what with a documented request, each rule as its sentence says it. */
class FederalRequestPoliciesTest {

    static final StaffMember SHERIFF_LIAISON = new StaffMember("u-l", "Lee", StaffRole.DEPARTMENT_LIAISON, "sheriff");
    static final StaffMember SCHOOLS_LIAISON = new StaffMember("u-s", "Sam", StaffRole.DEPARTMENT_LIAISON, "schools");
    static final StaffMember OMBUDSPERSON = new StaffMember("u-o", "Olga", StaffRole.OMBUDSPERSON, null);
    static final StaffMember INVESTIGATOR = new StaffMember("u-i", "Ivan", StaffRole.INVESTIGATOR, null);
    static final StaffMember AUDITOR = new StaffMember("u-a", "Ann", StaffRole.AUDITOR, null);

    @Test
    void the_department_that_received_a_request_documents_it_and_the_office_may_for_any_department() {
        assertThat(OnlyTheDepartmentAndTheOffice.check(SHERIFF_LIAISON, "sheriff").allowed()).isTrue();
        assertThat(OnlyTheDepartmentAndTheOffice.check(OMBUDSPERSON, "sheriff").allowed()).isTrue();
        for (StaffMember other : new StaffMember[] {SCHOOLS_LIAISON, INVESTIGATOR, AUDITOR, null}) {
            Ruling ruling = OnlyTheDepartmentAndTheOffice.check(other, "sheriff");
            assertThat(ruling.forbidden()).as(String.valueOf(other)).isTrue();
            assertThat(ruling.reasonKey()).isEqualTo("rule.OnlyTheDepartmentAndTheOffice");
        }
        assertThat(OnlyTheDepartmentAndTheOffice.check(SHERIFF_LIAISON, null).forbidden()).isTrue();
    }

    @Test
    void a_record_stays_with_its_department() {
        assertThat(RecordStaysWithItsDepartment.check("sheriff", "sheriff").allowed()).isTrue();
        assertThat(RecordStaysWithItsDepartment.check("sheriff", "schools").kind()).isEqualTo(Ruling.Kind.INVALID);
        assertThat(RecordStaysWithItsDepartment.check("sheriff", null).allowed()).isFalse();
    }

    @Test
    void only_the_ombudsperson_approves_what_the_public_reads() {
        assertThat(OmbudspersonApprovesPublicRecords.check(OMBUDSPERSON).allowed()).isTrue();
        assertThat(OmbudspersonApprovesPublicRecords.check(SHERIFF_LIAISON).forbidden()).isTrue();
        assertThat(OmbudspersonApprovesPublicRecords.check(INVESTIGATOR).forbidden()).isTrue();
    }

    @Test
    void the_public_summary_says_what_was_asked_never_who_it_was_about() {
        assertThat(PublicSummaryNamesNoOne.check("ICE asked the jail to hold a person; the jail declined.").allowed())
                .isTrue();
        assertThat(PublicSummaryNamesNoOne.check(" ").reasonKey()).isEqualTo("rule.PublicSummaryNamesNoOne.required");
        assertThat(PublicSummaryNamesNoOne.check("Hold for A-123-456-789").reasonKey())
                .isEqualTo("rule.PublicSummaryNamesNoOne.identifier");
        assertThat(PublicSummaryNamesNoOne.check("Nombre: Juan").reasonKey())
                .isEqualTo("rule.PublicSummaryNamesNoOne.identifier");
    }

    @Test
    void every_opening_of_a_document_has_a_purpose_and_a_note() {
        assertThat(EveryOpeningHasAReason.check(DocumentPurpose.REVIEW_THE_REQUEST, "Check the signature").allowed())
                .isTrue();
        assertThat(EveryOpeningHasAReason.check(null, "x").reasonKey()).isEqualTo("rule.EveryOpeningHasAReason.purpose");
        assertThat(EveryOpeningHasAReason.check(DocumentPurpose.LEGAL_REQUIREMENT, "").reasonKey())
                .isEqualTo("rule.EveryOpeningHasAReason.note");
        assertThat(EveryOpeningHasAReason.check(DocumentPurpose.LEGAL_REQUIREMENT, "x".repeat(1001)).reasonKey())
                .isEqualTo("rule.EveryOpeningHasAReason.tooLong");
    }

    @Test
    void only_a_document_of_this_request_is_opened_through_it() {
        assertThat(OnlyDocumentsOfThisRequest.check(Set.of("d-1"), "d-1").allowed()).isTrue();
        assertThat(OnlyDocumentsOfThisRequest.check(Set.of("d-1"), "d-2").allowed()).isFalse();
        assertThat(OnlyDocumentsOfThisRequest.check(Set.of("d-1"), null).allowed()).isFalse();
    }
}
