package org.sanctuaryoversight.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Agency types come from the configured directory, then from the name: Flock's {@code [Federal]} prefix means
 * federal; a state code other than the city's means out of state; anything else is left for the office.
 */
class AgencyDirectoryTest {

    static RuleSet rules(Map<String, AgencyType> agencies) {
        return new RuleSet("test", RuleSet.DEFAULT_IMMIGRATION_TERMS, RuleSet.DEFAULT_VAGUE_REASONS, true, 100,
                Duration.ofHours(1), Duration.ofHours(48), "CA", agencies,
                Map.of("police", List.of("Culver City CA PD")));
    }

    final AgencyDirectory directory = new AgencyDirectory(rules(Map.of("US Postal Inspection Service",
            AgencyType.FEDERAL, "Pasadena CA PD", AgencyType.OUT_OF_STATE)));

    @Test
    void the_federal_prefix_means_federal() {
        assertThat(directory.classify("police", "[Federal] Federal Bureau of Investigation (FBI)"))
                .isEqualTo(AgencyType.FEDERAL);
        assertThat(directory.classify("police", "[FEDERAL]   Homeland Security Investigations"))
                .isEqualTo(AgencyType.FEDERAL);
    }

    @Test
    void another_state_code_in_the_name_means_out_of_state_the_citys_own_means_in_state() {
        assertThat(directory.classify("police", "Houston TX PD")).isEqualTo(AgencyType.OUT_OF_STATE);
        assertThat(directory.classify("police", "Portland OR PD")).isEqualTo(AgencyType.OUT_OF_STATE);
        assertThat(directory.classify("police", "Los Angeles County CA SO")).isEqualTo(AgencyType.LOCAL_IN_STATE);
    }

    @Test
    void the_department_s_own_name_is_its_own_and_only_for_that_department() {
        assertThat(directory.classify("police", "culver city ca pd")).isEqualTo(AgencyType.OWN_DEPARTMENT);
        assertThat(directory.classify("sheriff", "Culver City CA PD")).isEqualTo(AgencyType.LOCAL_IN_STATE);
    }

    @Test
    void the_configured_directory_wins_over_what_the_name_says() {
        assertThat(directory.classify("police", "US Postal Inspection Service")).isEqualTo(AgencyType.FEDERAL);
        assertThat(directory.classify("police", "Pasadena  CA PD")).isEqualTo(AgencyType.OUT_OF_STATE);
    }

    @Test
    void a_name_that_says_nothing_is_left_for_the_office_to_classify() {
        assertThat(directory.classify("police", "Metro Task Force")).isEqualTo(AgencyType.UNCLASSIFIED);
        assertThat(directory.classify("police", "SO Regional PD")).as("two capitals that are not a state")
                .isEqualTo(AgencyType.UNCLASSIFIED);
    }

    @Test
    void a_change_of_the_directory_changes_the_rule_version() {
        assertThat(rules(Map.of()).version()).isNotEqualTo(rules(Map.of("Metro Task Force", AgencyType.FEDERAL)).version())
                .startsWith("test+");
        assertThat(rules(Map.of()).version()).isEqualTo(rules(Map.of()).version());
    }
}
