package org.sanctuaryoversight.complaint.casework;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.readmodel.Projections;

/**
 * Registers casework's read models with Axon: the case list ({@code casework_cases}) and the case timelines
 * ({@code casework_timeline}), both in one processing group so a page reads them at the same position. The casework
 * command handlers live in the complaint's {@link CaseFile} (registered with the complaint aggregate); their
 * deadlines resolve {@link CaseDeadlines} from the application's configuration.
 */
public record CaseworkModule(MongoDatabase readModels, CaseDeadlines deadlines) implements ConfigurerModule {

    /**
     * Versioned: when what the projections write changes, a new name makes every installation replay the log into
     * them (a case's first event replaces its document, so the replay rewrites the old documents in place).
     * v2 (December 2026): the complaint as filed, the review's reason, and what the casework rules ask.
     */
    public static final String PROCESSING_GROUP = "casework-v2";

    /** Processing groups of earlier versions, whose stored tokens are no longer used. */
    public static final java.util.List<String> OBSOLETE_PROCESSING_GROUPS = java.util.List.of("casework");

    @Override
    public void configureModule(Configurer configurer) {
        CaseListProjection cases = new CaseListProjection(readModels, deadlines);
        CaseTimelineProjection timeline = new CaseTimelineProjection(readModels);
        Projections.register(configurer, cases, timeline);
    }
}
