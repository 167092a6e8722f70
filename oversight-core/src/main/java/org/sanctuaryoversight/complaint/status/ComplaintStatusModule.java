package org.sanctuaryoversight.complaint.status;

import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.sanctuaryoversight.complaint.intake.ReceiptKeys;
import org.sanctuaryoversight.readmodel.Projections;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Registers the complainant's view of a complaint ({@code complaint_status}, and the one receipt index that finds a
 * complaint by its receipt code, for the status page and the messages alike) with Axon as event and query handler.
 *
 * @param legacyReceipts checks the BCrypt credentials of receipts issued before keyed receipts
 */
public record ComplaintStatusModule(MongoDatabase readModels, ReceiptKeys receiptKeys, PasswordEncoder legacyReceipts)
        implements ConfigurerModule {

    public static final String PROCESSING_GROUP = ComplaintStatusProjection.PROCESSING_GROUP;

    /** Processing groups of earlier versions, whose stored tokens are no longer used. */
    public static final java.util.List<String> OBSOLETE_PROCESSING_GROUPS = java.util.List.of("complaint-status", "complaint-status-v2");

    @Override
    public void configureModule(Configurer configurer) {
        ComplaintStatusProjection projection = new ComplaintStatusProjection(readModels, receiptKeys, legacyReceipts);
        Projections.register(configurer, projection);
    }
}
