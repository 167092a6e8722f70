package org.sanctuaryoversight.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.ruling.Ruling;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The shape issue 23 gave the code, as rules {@link ArchitectureTest} checks on the main classes and
 * {@link ShapeRulesTest} on deliberate violations (so each rule is known to catch what it says).
 */
final class ShapeRules {

    static final String ROOT = "org.sanctuaryoversight";
    static final String CASEWORK = ROOT + ".complaint.casework..";
    /** The one class outside casework that holds the case file: the complaint aggregate, whose member it is. */
    static final String COMPLAINT_AGGREGATE = ROOT + ".complaint.ComplaintAggregate";

    private ShapeRules() {
    }

    /**
     * Casework's internals (its package-private classes, and the case file with its command handlers) are reached
     * from casework only, and the case file also from the aggregate it is a member of; everyone else uses its
     * messages, queries, policies and settings.
     */
    static final ArchRule CASEWORK_INTERNALS_STAY_INSIDE = noClasses()
            .that().resideOutsideOfPackage(CASEWORK).and().doNotHaveFullyQualifiedName(COMPLAINT_AGGREGATE)
            .should().dependOnClassesThat(new DescribedPredicate<JavaClass>("are casework internals") {
                @Override
                public boolean test(JavaClass target) {
                    return target.getPackageName().startsWith(ROOT + ".complaint.casework")
                            && (!target.getModifiers().contains(JavaModifier.PUBLIC)
                            || target.getSimpleName().equals("CaseFile"));
                }
            })
            .allowEmptyShould(true);

    static final String REPORT = ROOT + ".report";
    /**
     * The report's messages and the values they carry: {@code ReportPublishedEvent} is stored under its class name
     * and carries the tables, rows and figures of a published version; the command names the period. Their names
     * are forever, so they stay in {@code report} while the code that reads them lives in its sub-packages.
     */
    static final Set<String> REPORT_MESSAGES = Set.of("ReportPublishedEvent", "PublishReportCommand",
            "PublishedTable", "PublishedRow", "Figure", "ReportingPeriod", "PeriodFigures");

    /**
     * No upward dependency inside a module: a capability's sub-package (complaint.casework) never depends on the
     * package that encloses it (complaint), so the sections stand on their own and the aggregate delegates to them.
     * The one exception is the report's message vocabulary ({@link #REPORT_MESSAGES}): the published event and the
     * tables it carries are stored under their names in {@code report}, so they stay there, and the ledger, tables,
     * rendering, publication and frozen legacy renderer below it all read them.
     */
    static final ArchRule NO_UPWARD_DEPENDENCY = noClasses().that().resideInAPackage(ROOT + "..")
            .should(new ArchCondition<JavaClass>("depend on a class of a package that encloses their own") {
                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                        String target = dependency.getTargetClass().getPackageName();
                        if (!target.equals(ROOT) && origin.getPackageName().startsWith(target + ".")
                                && !isReportMessage(dependency.getTargetClass())) {
                            events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                        }
                    });
                }
            })
            .allowEmptyShould(true);

    private static boolean isReportMessage(JavaClass target) {
        JavaClass outermost = target;
        while (outermost.getEnclosingClass().isPresent()) {
            outermost = outermost.getEnclosingClass().get();
        }
        return outermost.getPackageName().equals(REPORT) && REPORT_MESSAGES.contains(outermost.getSimpleName());
    }

    /**
     * A class that decides: it has a command handler, or it is a policy (by name, or a domain class that answers with
     * a ruling). The ruling type itself ({@code ruling}) is not one of them.
     */
    static final DescribedPredicate<JavaClass> HANDLERS_AND_POLICIES =
            new DescribedPredicate<>("have a command handler or are a policy") {
                @Override
                public boolean test(JavaClass javaClass) {
                    JavaClass outermost = javaClass;
                    while (outermost.getEnclosingClass().isPresent()) {
                        outermost = outermost.getEnclosingClass().get();
                    }
                    if (javaClass.getPackageName().equals(ROOT + ".ruling")) {
                        return false;
                    }
                    return outermost.getSimpleName().matches(".*Polic(y|ies)")
                            || javaClass.getCodeUnits().stream().anyMatch(unit -> unit.isAnnotatedWith(CommandHandler.class))
                            || !javaClass.getPackageName().startsWith(ROOT + ".app")
                            && javaClass.getMethods().stream().anyMatch(method -> method.getRawReturnType()
                                    .isEquivalentTo(Ruling.class));
                }
            };

    /** Refusing is one thing: a class with a command handler or a policy constructs no exception but {@link Refusal}. */
    static final ArchRule ONLY_REFUSALS = noClasses().that(HANDLERS_AND_POLICIES)
            .should().callConstructorWhere(new DescribedPredicate<JavaConstructorCall>(
                    "the constructed type is an exception other than " + Refusal.class.getSimpleName()) {
                @Override
                public boolean test(JavaConstructorCall call) {
                    JavaClass constructed = call.getTargetOwner();
                    // Exceptions, not errors: the compiler's own IncompatibleClassChangeError in a switch is no refusal
                    return constructed.isAssignableTo(Exception.class) && !constructed.isEquivalentTo(Refusal.class);
                }
            })
            .allowEmptyShould(true);

    /**
     * A role rule ({@code @PreAuthorize}) stands only on a controller ({@code @Controller}, {@code @RestController}) or
     * on its methods: the web layer enforces it for handlers ({@code app.web.PreAuthorizeInterceptor}) and there is no
     * method-security proxy, so a rule on a service would look like protection and be none.
     */
    static final ArchRule ROLE_RULES_ONLY_ON_CONTROLLERS = CompositeArchRule
            .of(classes().that().areMetaAnnotatedWith(PreAuthorize.class).and().areNotAnnotations()
                    .should().beMetaAnnotatedWith(Controller.class)
                    .allowEmptyShould(true))
            .and(methods().that().areMetaAnnotatedWith(PreAuthorize.class)
                    .should().beDeclaredInClassesThat().areMetaAnnotatedWith(Controller.class)
                    .allowEmptyShould(true))
            .as("@PreAuthorize appears only on controllers and their methods");
}
