package org.sanctuaryoversight.app.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.architecture.violations.upward.DependsUpward;
import org.sanctuaryoversight.app.architecture.violations.ReachesIntoCasework;
import org.sanctuaryoversight.app.architecture.violations.RefusesItsOwnWay;
import org.sanctuaryoversight.report.shapes.ReadsTheReportsModule;
import org.sanctuaryoversight.report.shapes.ReadsThePublishedEvent;
import org.sanctuaryoversight.shapes.GuardedService;
import org.sanctuaryoversight.shapes.RoleRulesOnAController;
import org.sanctuaryoversight.shapes.ServiceWithAGuardedMethod;

/** Each shape rule catches a deliberate violation of it (test classes in {@code violations}), not only silence. */
class ShapeRulesTest {

    static JavaClasses violations;

    @BeforeAll
    static void importViolations() {
        violations = new ClassFileImporter().importClasses(ReachesIntoCasework.class, DependsUpward.class,
                RefusesItsOwnWay.class, ReadsTheReportsModule.class, GuardedService.class,
                ServiceWithAGuardedMethod.class);
    }

    @Test
    void a_class_outside_casework_holding_a_case_file_is_caught() {
        assertCaught(ShapeRules.CASEWORK_INTERNALS_STAY_INSIDE, ReachesIntoCasework.class);
    }

    @Test
    void a_dependency_on_an_enclosing_package_is_caught() {
        assertCaught(ShapeRules.NO_UPWARD_DEPENDENCY, DependsUpward.class);
    }

    @Test
    void a_report_section_reaching_into_report_for_more_than_its_messages_is_caught() {
        assertCaught(ShapeRules.NO_UPWARD_DEPENDENCY, ReadsTheReportsModule.class);
    }

    @Test
    void a_report_section_reading_the_stored_report_messages_is_allowed() {
        ShapeRules.NO_UPWARD_DEPENDENCY.check(new ClassFileImporter().importClasses(ReadsThePublishedEvent.class));
    }

    @Test
    void a_command_handler_throwing_its_own_exception_is_caught() {
        assertCaught(ShapeRules.ONLY_REFUSALS, RefusesItsOwnWay.class);
    }

    @Test
    void a_role_rule_on_a_service_or_its_method_is_caught() {
        assertCaught(ShapeRules.ROLE_RULES_ONLY_ON_CONTROLLERS, GuardedService.class);
        assertCaught(ShapeRules.ROLE_RULES_ONLY_ON_CONTROLLERS, ServiceWithAGuardedMethod.class);
    }

    @Test
    void role_rules_on_a_controller_and_its_handlers_are_allowed() {
        ShapeRules.ROLE_RULES_ONLY_ON_CONTROLLERS
                .check(new ClassFileImporter().importClasses(RoleRulesOnAController.class));
    }

    private static void assertCaught(ArchRule rule, Class<?> violation) {
        assertThatThrownBy(() -> rule.check(violations)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation.getSimpleName());
    }
}
