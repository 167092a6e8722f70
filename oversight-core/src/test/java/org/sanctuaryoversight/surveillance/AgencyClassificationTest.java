package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.staff.StaffMember;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AgencyDirectoryCommands.AgencyClassifiedEvent;
import org.sanctuaryoversight.surveillance.AgencyDirectoryCommands.ClassifyAgencyCommand;

/** The ombudsperson classifies the agencies the directory cannot; that is a new rule version. */
class AgencyClassificationTest {

    static final Instant AT = Instant.parse("2026-05-02T10:00:00Z");
    final AggregateTestFixture<AgencyClassification> fixture = new AggregateTestFixture<>(AgencyClassification.class);

    @Test
    void the_ombudsperson_classifies_an_agency_and_the_fact_is_kept() {
        fixture.givenNoPriorActivity()
                .when(new ClassifyAgencyCommand("  Metro   Task Force ", AgencyType.FEDERAL,
                        AuditLogImportAggregateTest.OMBUDSPERSON, AT))
                .expectEvents(new AgencyClassifiedEvent(AgencyDirectoryCommands.DIRECTORY_ID, "Metro Task Force",
                        AgencyType.FEDERAL, "u-omb", AT));
    }

    @Test
    void nobody_else_classifies_and_own_department_names_stay_configuration() {
        fixture.givenNoPriorActivity()
                .when(new ClassifyAgencyCommand("Metro Task Force", AgencyType.FEDERAL,
                        new StaffMember("u-inv", "Ivan", StaffRole.INVESTIGATOR, null), AT))
                .expectException(Refusal.class).expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new ClassifyAgencyCommand("Metro Task Force", AgencyType.OWN_DEPARTMENT,
                        AuditLogImportAggregateTest.OMBUDSPERSON, AT))
                .expectException(Refusal.class).expectNoEvents();
    }

    @Test
    void the_office_s_classification_joins_the_directory_as_a_new_rule_version_and_configuration_wins() {
        RuleSet configured = AgencyDirectoryTest.rules(Map.of("US Postal Inspection Service", AgencyType.FEDERAL));
        RuleSet withOffice = configured.withOfficeClassifications(Map.of("metro task force", AgencyType.OUT_OF_STATE,
                "US POSTAL INSPECTION SERVICE", AgencyType.LOCAL_IN_STATE));
        assertThat(configured.classify("police", "Metro Task Force")).isEqualTo(AgencyType.UNCLASSIFIED);
        assertThat(withOffice.classify("police", "Metro Task Force")).isEqualTo(AgencyType.OUT_OF_STATE);
        assertThat(withOffice.classify("police", "US Postal Inspection Service")).isEqualTo(AgencyType.FEDERAL);
        assertThat(withOffice.version()).isNotEqualTo(configured.version());
        assertThat(configured.withOfficeClassifications(Map.of())).isSameAs(configured);
    }
}
