package org.sanctuaryoversight.complaint.messages;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.readmodel.Projections;

/**
 * Registers the intake capability's conversation projection ({@code intake_messages}) with Axon as event
 * and query handler. The commands are handled by the complaint aggregate (its "messages" section).
 */
public record ComplaintMessagesModule(MongoDatabase readModels) implements ConfigurerModule {

    public static final String PROCESSING_GROUP = ComplaintMessagesProjection.PROCESSING_GROUP;

    /** Processing groups of earlier versions, whose stored tokens are no longer used. */
    public static final java.util.List<String> OBSOLETE_PROCESSING_GROUPS = java.util.List.of("intake-messages");

    @Override
    public void configureModule(Configurer configurer) {
        ComplaintMessagesProjection projection = new ComplaintMessagesProjection(readModels);
        Projections.register(configurer, projection);
    }
}
