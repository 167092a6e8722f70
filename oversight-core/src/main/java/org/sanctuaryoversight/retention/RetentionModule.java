package org.sanctuaryoversight.retention;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the retention policy's saga with Axon. */
public final class RetentionModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerSaga(ContactRetentionSaga.class);
    }
}
