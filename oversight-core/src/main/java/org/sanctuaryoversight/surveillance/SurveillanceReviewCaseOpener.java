package org.sanctuaryoversight.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.sanctuaryoversight.complaint.casework.OpenReviewCaseCommand;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;
import org.sanctuaryoversight.surveillance.AuditSummary.AgencyCount;

/**
 * Opens one review case per import, searching agency and rule that flagged anything, for the case worker
 * to take from there. The case id is derived from the three ({@link ReviewCaseIds}); a case that exists is
 * not opened again, which is checked before sending, never by catching a failure: the events of a command
 * sent from here are appended when the processor's whole batch commits, where a duplicate would fail the
 * batch rather than this one command. Never replayed: a rebuild must not send commands.
 */
@ProcessingGroup(SurveillanceReviewCaseOpener.PROCESSING_GROUP)
record SurveillanceReviewCaseOpener(CommandGateway commands, EventStore events) {

    static final String PROCESSING_GROUP = "surveillance-review-cases";
    static final String REASON_CODE = "SURVEILLANCE_AUDIT_FLAGGED";
    private static final String OPENED_IN_THIS_BATCH = SurveillanceReviewCaseOpener.class.getName() + ".opened";

    @EventHandler
    @DisallowReplay
    void on(AuditLogImportedEvent event) {
        open(event.importId(), event.department(), event.periodFrom(), event.periodTo(), event.summary(),
                event.importedAt());
    }

    @EventHandler
    @DisallowReplay
    void on(AuditRulesReappliedEvent event) {
        open(event.importId(), event.department(), event.periodFrom(), event.periodTo(), event.summary(),
                event.reappliedAt());
    }

    private void open(String importId, String department, LocalDate from, LocalDate to, AuditSummary summary,
                      Instant at) {
        Set<String> opened = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(OPENED_IN_THIS_BATCH, key -> new HashSet<>())
                : new HashSet<>();
        for (AgencyCount agency : summary.agencies()) {
            for (AuditSummary.RuleCount count : agency.flags()) {
                String caseId = ReviewCaseIds.of(importId, AgencyDirectory.key(agency.agency()), count.rule());
                if (opened.contains(caseId) || events.lastSequenceNumberFor(caseId).isPresent()) {
                    continue;
                }
                opened.add(caseId);
                commands.sendAndWait(new OpenReviewCaseCommand(caseId, at, department, REASON_CODE,
                        "License-plate reader audit of " + department + ", " + from + " to " + to + ": "
                                + count.searches() + " of " + agency.searches() + " searches by " + agency.agency()
                                + " (" + agency.type() + ") flagged " + count.rule() + ".",
                        importId));
            }
        }
    }
}
