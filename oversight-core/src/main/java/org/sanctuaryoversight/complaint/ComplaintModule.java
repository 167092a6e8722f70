package org.sanctuaryoversight.complaint;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Registers the complaint capability with Axon: its aggregate, and its status projection as event and
 * query handler. The capability's classes stay package-private; this module and the message records
 * are its public surface.
 */
public final class ComplaintModule implements ConfigurerModule {

    public static final String STATUS_PROCESSING_GROUP = ComplaintStatusProjection.PROCESSING_GROUP;

    private final MongoDatabase readModels;
    private final PasswordEncoder receiptEncoder;

    public ComplaintModule(MongoDatabase readModels, PasswordEncoder receiptEncoder) {
        this.readModels = readModels;
        this.receiptEncoder = receiptEncoder;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(ComplaintAggregate.class);
        ComplaintStatusProjection statusProjection = new ComplaintStatusProjection(readModels, receiptEncoder);
        configurer.eventProcessing().registerEventHandler(configuration -> statusProjection);
        configurer.registerQueryHandler(configuration -> statusProjection);
    }
}
