package org.sanctuaryoversight.app.platform;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.stream.Stream;
import org.sanctuaryoversight.complaint.casework.CaseworkModule;
import org.sanctuaryoversight.complaint.messages.ComplaintMessagesModule;
import org.sanctuaryoversight.complaint.status.ComplaintStatusModule;
import org.sanctuaryoversight.federalrequest.FederalRequestModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a read model changes shape it gets a new processing-group name, so every installation replays the log into it
 * (see each module's {@code PROCESSING_GROUP}). The tokens stored under the old names are no longer read; this removes
 * them at start so the token store lists only processors that exist.
 */
@Component
record ObsoleteProcessors(MongoDatabase database) {

    private static final Logger log = LoggerFactory.getLogger(ObsoleteProcessors.class);

    static final List<String> OBSOLETE = Stream.of(CaseworkModule.OBSOLETE_PROCESSING_GROUPS,
            ComplaintStatusModule.OBSOLETE_PROCESSING_GROUPS, ComplaintMessagesModule.OBSOLETE_PROCESSING_GROUPS,
            FederalRequestModule.OBSOLETE_PROCESSING_GROUPS)
            .flatMap(List::stream).toList();

    @EventListener(ApplicationReadyEvent.class)
    void removeTheirTokens() {
        long removed = database.getCollection(ReadModels.TOKENS).deleteMany(Filters.in("processorName", OBSOLETE))
                .getDeletedCount();
        if (removed > 0) {
            log.info("Removed {} stored tokens of read-model versions this release replaced: {}", removed, OBSOLETE);
        }
    }
}
