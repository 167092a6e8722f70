package org.sanctuaryoversight.federalrequest;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.readmodel.Projections;

/**
 * Registers the federal request capability with Axon: its aggregate, the handler that opens a review case for every
 * flagged request, the public register and the staff register projections, and the compliance policy its command
 * handlers receive as a parameter. The capability's classes stay package-private; this module, the policies, the use
 * case {@link AttachingDocuments} and the message records are its public surface.
 */
public record FederalRequestModule(FederalRequestCompliancePolicy policy, MongoDatabase readModels)
        implements ConfigurerModule {

    public static final String PUBLIC_REGISTER_PROCESSING_GROUP = PublicRegisterProjection.PROCESSING_GROUP;
    public static final String STAFF_REGISTER_PROCESSING_GROUP = StaffRegisterProjection.PROCESSING_GROUP;
    /** Processing groups of read-model versions this release replaced (their stored tokens are removed at start). */
    public static final List<String> OBSOLETE_PROCESSING_GROUPS = PublicRegisterProjection.OBSOLETE_PROCESSING_GROUPS;

    @Override
    public void configureModule(Configurer configurer) {
        configurer.registerComponent(FederalRequestCompliancePolicy.class, configuration -> policy);
        configurer.configureAggregate(FederalRequestAggregate.class);
        configurer.eventProcessing().registerEventHandler(
                configuration -> new FederalRequestReviewCaseOpener(configuration.commandGateway()));
        PublicRegisterProjection register = new PublicRegisterProjection(readModels);
        Projections.register(configurer, register);
        StaffRegisterProjection staffRegister = new StaffRegisterProjection(readModels);
        Projections.register(configurer, staffRegister);
    }
}
