package org.sanctuaryoversight.complaint;

import java.util.Map;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/**
 * Registers the complaint aggregate with Axon. Its sections (intake, casework, identity, messages) are the
 * aggregate's members; their read models register through their own modules. The capability's classes stay
 * package-private; the modules and the message records are its public surface.
 */
public final class ComplaintModule implements ConfigurerModule {

    private static final String BEFORE = "org.sanctuaryoversight.complaint.";

    /**
     * Event classes that moved into the capability's sections (December 2026): their stored names, and the names
     * they are read as (see {@code RenamedEventTypes}). Classes nested in a moved class move with it.
     */
    public static final Map<String, String> RENAMED_TYPES = Map.of(
            BEFORE + "ComplaintFiledEvent", BEFORE + "intake.ComplaintFiledEvent",
            BEFORE + "ReviewCaseOpenedEvent", BEFORE + "casework.ReviewCaseOpenedEvent",
            BEFORE + "CaseworkEvents", BEFORE + "casework.CaseworkEvents",
            BEFORE + "ComplainantMessageSentEvent", BEFORE + "messages.ComplainantMessageSentEvent",
            BEFORE + "OfficeMessageSentEvent", BEFORE + "messages.OfficeMessageSentEvent");

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(ComplaintAggregate.class);
    }
}
