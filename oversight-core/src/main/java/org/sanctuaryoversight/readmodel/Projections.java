package org.sanctuaryoversight.readmodel;

import org.axonframework.config.Configurer;

/**
 * How a capability's module hands its read models to Axon: each projection answers the events of its processing
 * group and the queries of its pages, so it is registered once as both. One place for it, so that no module can
 * register a projection's events and forget its queries (the page would then wait for an answer that never comes).
 */
public final class Projections {

    private Projections() {
    }

    /** Registers each projection as an event handler (in its {@code @ProcessingGroup}) and as a query handler. */
    public static void register(Configurer configurer, Object... projections) {
        for (Object projection : projections) {
            configurer.eventProcessing().registerEventHandler(configuration -> projection);
            configurer.registerQueryHandler(configuration -> projection);
        }
    }
}
