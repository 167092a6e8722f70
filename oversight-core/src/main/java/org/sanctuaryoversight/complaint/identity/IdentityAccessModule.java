package org.sanctuaryoversight.complaint.identity;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.readmodel.Projections;

/**
 * Registers the access log with Axon: its projection as event and query handler. The command that records a view
 * is handled by the complaint aggregate (registered by the complaint module).
 */
public record IdentityAccessModule(MongoDatabase readModels) implements ConfigurerModule {

    public static final String PROCESSING_GROUP = IdentityAccessProjection.PROCESSING_GROUP;

    @Override
    public void configureModule(Configurer configurer) {
        IdentityAccessProjection projection = new IdentityAccessProjection(readModels);
        Projections.register(configurer, projection);
    }
}
