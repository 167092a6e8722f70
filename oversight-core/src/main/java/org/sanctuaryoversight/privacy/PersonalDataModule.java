package org.sanctuaryoversight.privacy;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the privacy capability with Axon: the personal-data subject aggregate and the key shredder. */
public final class PersonalDataModule implements ConfigurerModule {

    public static final String SHREDDER_PROCESSING_GROUP = PersonalDataShredder.PROCESSING_GROUP;
    private static final String STREAM_PREFIX = "personal-data:";

    private final PersonalDataVault vault;

    public PersonalDataModule(PersonalDataVault vault) {
        this.vault = vault;
    }

    /** The aggregate id of a complaint's personal-data stream (distinct from the complaint's own stream). */
    public static String streamId(String subjectId) {
        return STREAM_PREFIX + subjectId;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(PersonalDataSubject.class);
        PersonalDataShredder shredder = new PersonalDataShredder(vault);
        configurer.eventProcessing().registerEventHandler(configuration -> shredder);
    }
}
