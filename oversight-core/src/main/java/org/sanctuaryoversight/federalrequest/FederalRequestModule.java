package org.sanctuaryoversight.federalrequest;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/**
 * Registers the federal request capability with Axon: its aggregate, and the compliance policy its
 * command handlers receive as a parameter. The capability's classes stay package-private; this module,
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
    }
}
