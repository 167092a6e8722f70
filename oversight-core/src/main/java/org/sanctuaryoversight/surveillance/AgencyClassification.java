package org.sanctuaryoversight.surveillance;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.sanctuaryoversight.ruling.Ruling;
import org.sanctuaryoversight.staff.StaffRole;
import org.sanctuaryoversight.surveillance.AgencyDirectoryCommands.ClassifyAgencyCommand;
import org.sanctuaryoversight.surveillance.AgencyDirectoryCommands.AgencyClassifiedEvent;

/**
 * The office's own entries in the agency directory: agencies whose names tell neither their state nor that they
 * are federal, classified by the ombudsperson from the audit's page. One stream for the city
 * ({@value AgencyDirectoryCommands#DIRECTORY_ID}); each classification is a fact, a later one of the same agency
 * replaces it for future evaluations. Own-department names stay configuration: they belong to one department.
 */
class AgencyClassification {

    @AggregateIdentifier
    private String directoryId;

    AgencyClassification() {
        // for Axon: rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClassifyAgencyCommand command) {
        Ruling.all(command.by() == null || command.by().role() != StaffRole.OMBUDSPERSON
                        ? Ruling.forbid("OfficeClassifiesAgencies", "rule.OfficeClassifiesAgencies") : Ruling.allow(),
                Ruling.require(command.agency() != null && !command.agency().isBlank() && command.classifiedAt() != null
                        && command.type() != null && command.type() != AgencyType.OWN_DEPARTMENT
                        && command.type() != AgencyType.UNCLASSIFIED, "OfficeClassifiesAgencies",
                        "rule.OfficeClassifiesAgencies.type")).orThrow();
        apply(new AgencyClassifiedEvent(AgencyDirectoryCommands.DIRECTORY_ID, AgencyDirectory.display(command.agency()),
                command.type(), command.by().userId(), command.classifiedAt()));
    }

    @EventSourcingHandler
    void on(AgencyClassifiedEvent event) {
        directoryId = event.directoryId();
    }
}
