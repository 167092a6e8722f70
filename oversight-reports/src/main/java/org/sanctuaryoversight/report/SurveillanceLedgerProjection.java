package org.sanctuaryoversight.report;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.sanctuaryoversight.report.ledger.SurveillanceLedger;
import org.sanctuaryoversight.report.ledger.SurveillanceLogFacts;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditLogImportedEvent;
import org.sanctuaryoversight.surveillance.AuditLogEvents.AuditRulesReappliedEvent;

/**
 * Feeds the report's record of audited license-plate reader logs from the completed evaluations: counts only, so
 * nothing a report publishes about the audit can name a search, a plate or an officer.
 */
@ProcessingGroup(SurveillanceLedgerProjection.PROCESSING_GROUP)
record SurveillanceLedgerProjection(SurveillanceLedger ledger) {

    static final String PROCESSING_GROUP = "report-surveillance-ledger";

    @EventHandler
    void on(AuditLogImportedEvent event) {
        ledger.save(new SurveillanceLogFacts(event.importId(), event.department(), event.periodFrom(),
                event.periodTo(), event.summary().days()), event.evaluation());
    }

    @EventHandler
    void on(AuditRulesReappliedEvent event) {
        ledger.save(new SurveillanceLogFacts(event.importId(), event.department(), event.periodFrom(),
                event.periodTo(), event.summary().days()), event.evaluation());
    }

    @ResetHandler
    void reset() {
        ledger.clear();
    }
}
