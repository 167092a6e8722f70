package org.sanctuaryoversight.surveillance;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.eventstore.RecentAggregatesCache;
import org.sanctuaryoversight.readmodel.Projections;

/**
 * Registers the surveillance audit with Axon: the import aggregate, the read models of imports, flagged
 * searches and federal-request anchors, and the handler that opens review cases. The capability's classes
 * stay package-private; this module, {@link ImportingAuditLog}, the policy and the message records are its
 * public surface.
 */
public record SurveillanceModule(MongoDatabase readModels) implements ConfigurerModule {

    public static final String IMPORTS_PROCESSING_GROUP = AuditImportsProjection.PROCESSING_GROUP;
    public static final String FLAGGED_SEARCHES_PROCESSING_GROUP = FlaggedSearchesProjection.PROCESSING_GROUP;
    public static final String ANCHORS_PROCESSING_GROUP = FederalRequestAnchorsProjection.PROCESSING_GROUP;
    public static final String CLASSIFICATIONS_PROCESSING_GROUP = AgencyClassificationsProjection.PROCESSING_GROUP;
    public static final String REVIEW_CASES_PROCESSING_GROUP = SurveillanceReviewCaseOpener.PROCESSING_GROUP;
    public static final String REVIEW_CASE_REASON = SurveillanceReviewCaseOpener.REASON_CODE;

    private static final int RECENT_IMPORTS_CACHED = 16;

    @Override
    public void configureModule(Configurer configurer) {
        // An import's stream grows by a chunk of flagged searches per command: keep recent imports in memory
        // rather than rebuild each from its whole stream per command.
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(AuditLogImportAggregate.class)
                .configureCache(configuration -> new RecentAggregatesCache(RECENT_IMPORTS_CACHED)));
        configurer.configureAggregate(AgencyClassification.class);
        Projections.register(configurer, new AuditImportsProjection(readModels),
                new FlaggedSearchesProjection(readModels),
                new AgencyClassificationsProjection(readModels), new FederalRequestAnchorsProjection(readModels));
        configurer.eventProcessing().registerEventHandler(configuration ->
                new SurveillanceReviewCaseOpener(configuration.commandGateway(), configuration.eventStore()));
    }
}
