package org.sanctuaryoversight.report;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.report.ledger.SurveillanceLedger;

/** Registers the report's record of audited license-plate reader logs ({@link SurveillanceLedger}) with Axon. */
public record SurveillanceReportsModule(SurveillanceLedger ledger) implements ConfigurerModule {

    public static final String LEDGER_PROCESSING_GROUP = SurveillanceLedgerProjection.PROCESSING_GROUP;

    @Override
    public void configureModule(Configurer configurer) {
        SurveillanceLedgerProjection projection = new SurveillanceLedgerProjection(ledger);
        configurer.eventProcessing().registerEventHandler(configuration -> projection);
    }
}
