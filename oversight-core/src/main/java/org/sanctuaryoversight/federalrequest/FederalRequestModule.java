package org.sanctuaryoversight.federalrequest;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/**
 * Registers the federal request capability with Axon: its aggregate, the handler that opens a review
 * case for every flagged request, and the compliance policy its command handlers receive as a parameter. The capability's classes stay package-private; this module,
 * the policy and the message records are its public surface.
 */
public final class FederalRequestModule implements ConfigurerModule {

    private final FederalRequestCompliancePolicy policy;

    public FederalRequestModule(FederalRequestCompliancePolicy policy) {
        this.policy = policy;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.registerComponent(FederalRequestCompliancePolicy.class, configuration -> policy);
        configurer.configureAggregate(FederalRequestAggregate.class);
        configurer.eventProcessing().registerEventHandler(
                configuration -> new FederalRequestReviewCaseOpener(configuration.commandGateway()));
    }
}
