package org.sanctuaryoversight.complaint.status;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Registers the complainant's view of a complaint ({@code complaint_status}, and the receipt index that finds it by
 * receipt code) with Axon as event and query handler.
 */
public final class ComplaintStatusModule implements ConfigurerModule {

    public static final String PROCESSING_GROUP = ComplaintStatusProjection.PROCESSING_GROUP;

    /** Processing groups of earlier versions, whose stored tokens are no longer used. */
    public static final java.util.List<String> OBSOLETE_PROCESSING_GROUPS = java.util.List.of("complaint-status");

    private final MongoDatabase readModels;
    private final PasswordEncoder receiptEncoder;

    public ComplaintStatusModule(MongoDatabase readModels, PasswordEncoder receiptEncoder) {
        this.readModels = readModels;
        this.receiptEncoder = receiptEncoder;
    }

    @Override
    public void configureModule(Configurer configurer) {
        ComplaintStatusProjection projection = new ComplaintStatusProjection(readModels, receiptEncoder);
        configurer.eventProcessing().registerEventHandler(configuration -> projection);
        configurer.registerQueryHandler(configuration -> projection);
    }
}
