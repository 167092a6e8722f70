package org.sanctuaryoversight.complaint.casework;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/**
 * Registers casework with Axon: the office's case read model as event and query handler. The casework
 * command handlers live in the complaint aggregate (registered by the complaint module); their deadlines
 * resolve {@link CaseDeadlines} from the application's configuration.
 */
public final class CaseworkModule implements ConfigurerModule {

    public static final String PROCESSING_GROUP = CaseworkProjection.PROCESSING_GROUP;

    private final MongoDatabase readModels;
    private final CaseDeadlines deadlines;

    public CaseworkModule(MongoDatabase readModels, CaseDeadlines deadlines) {
        this.readModels = readModels;
        this.deadlines = deadlines;
    }

    @Override
    public void configureModule(Configurer configurer) {
        CaseworkProjection projection = new CaseworkProjection(readModels, deadlines);
        configurer.eventProcessing().registerEventHandler(configuration -> projection);
        configurer.registerQueryHandler(configuration -> projection);
    }
}
