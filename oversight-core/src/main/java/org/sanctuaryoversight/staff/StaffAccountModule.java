package org.sanctuaryoversight.staff;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.readmodel.Projections;

/** Registers the staff account capability with Axon: its aggregate, its {@code staff_accounts}
 * projection and the {@code staff_access_tokens} projection. */
public record StaffAccountModule(MongoDatabase readModels) implements ConfigurerModule {

    public static final String PROCESSING_GROUP = StaffAccountProjection.PROCESSING_GROUP;

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(StaffAccountAggregate.class);
        StaffAccountProjection projection = new StaffAccountProjection(readModels);
        Projections.register(configurer, projection);
        AccessTokenProjection tokens = new AccessTokenProjection(readModels);
        Projections.register(configurer, tokens);
    }
}
