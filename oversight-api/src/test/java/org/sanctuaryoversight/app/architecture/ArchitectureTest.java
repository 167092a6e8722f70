package org.sanctuaryoversight.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture as executable rules: modules depend inward only (api -> reports -> core), the
 * domain knows nothing of the web or of Spring, and a capability's aggregates and handlers are not
 * public API: the message records are its only shared surface.
 */
class ArchitectureTest {

    static final String ROOT = "org.sanctuaryoversight";
    static final String API = ROOT + ".app..";
    static final String REPORTS = ROOT + ".report..";
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void the_domain_does_not_depend_on_reports_or_the_application() {
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackages(API, REPORTS)
                .should().dependOnClassesThat().resideInAnyPackage(API, REPORTS)
                .check(classes);
    }

    @Test
    void reports_do_not_depend_on_the_application() {
        noClasses().that().resideInAPackage(REPORTS).should().dependOnClassesThat().resideInAPackage(API)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void the_domain_and_reports_know_nothing_of_spring_the_web_or_templates() {
        DescribedPredicate<JavaClass> springOtherThanPasswordHashing = resideInAPackage("org.springframework..")
                .and(not(resideInAPackage("org.springframework.security.crypto..")))
                .as("Spring other than spring-security-crypto (password hashing)");
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(API)
                .should().dependOnClassesThat(springOtherThanPasswordHashing)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.thymeleaf..")
                .check(classes);
    }

    @Test
    void aggregates_are_package_private() {
        classes().that().containAnyFieldsThat(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                        .annotatedWith(AggregateIdentifier.class))
                .should().notBePublic()
                .check(classes);
        fields().that().areAnnotatedWith(AggregateIdentifier.class).should().notBePublic().check(classes);
    }

    @Test
    void command_event_and_query_handlers_are_not_public_api() {
        methods().that().areAnnotatedWith(CommandHandler.class)
                .or().areAnnotatedWith(EventSourcingHandler.class)
                .or().areAnnotatedWith(EventHandler.class)
                .or().areAnnotatedWith(QueryHandler.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true)
                .check(classes);
        classes().that().resideOutsideOfPackage(API)
                .and().containAnyMethodsThat(com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates
                        .annotatedWith(EventHandler.class))
                .should().notBePublic()
                .check(classes);
    }

    @Test
    void only_casework_and_its_aggregate_reach_casework_internals() {
        ShapeRules.CASEWORK_INTERNALS_STAY_INSIDE.check(classes);
    }

    @Test
    void no_package_depends_on_the_package_that_encloses_it() {
        ShapeRules.NO_UPWARD_DEPENDENCY.check(classes);
    }

    @Test
    void command_handlers_and_policies_refuse_only_with_a_refusal() {
        ShapeRules.ONLY_REFUSALS.check(classes);
    }

    @Test
    void role_rules_stand_only_on_controllers_where_the_web_layer_enforces_them() {
        ShapeRules.ROLE_RULES_ONLY_ON_CONTROLLERS.check(classes);
    }

    @Test
    void capabilities_have_no_dependency_cycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
        slices().matching(ROOT + ".app.(*)..").should().beFreeOfCycles().check(classes);
    }
}
