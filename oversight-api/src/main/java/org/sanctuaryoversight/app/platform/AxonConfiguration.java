package org.sanctuaryoversight.app.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.sanctuaryoversight.complaint.ComplaintModule;
import org.sanctuaryoversight.eventstore.DeadLetterRetries;
import org.sanctuaryoversight.eventstore.RenamedEventTypes;
import org.sanctuaryoversight.eventstore.SequencedMongoEventStorageEngine;
import org.sanctuaryoversight.eventstore.TokenStoredAfterEvents;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on MongoDB without Axon Server: the event store ({@link SequencedMongoEventStorageEngine}),
 * tracking tokens, sagas and dead letters all live in the same database as the read models.
 *
 * <p>Every projection runs in a pooled streaming processor whose segments are claimed through the
 * token store, so several application instances on one MongoDB share the work and each event is
 * handled by exactly one of them.
 *
 * <p>No failure is skipped: a handler's exception is propagated (Axon's default logs it and moves on, which left
 * a read model wrong for good), the event goes to its processing group's dead-letter queue and is retried
 * ({@link DeadLetterRetries}), and a batch that fails as a whole is retried by the processor with a growing pause.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfiguration {

    /** One JSON dialect for events, snapshots, tokens and sagas: readable in MongoDB, upcastable. */
    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return JacksonSerializer.builder().objectMapper(mapper).defaultTyping().build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoDatabase database, Serializer serializer,
                                          OversightProperties properties) {
        SequencedMongoEventStorageEngine engine = SequencedMongoEventStorageEngine.builder()
                .database(database)
                .gapTimeout(properties.events().gapTimeout())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(new RenamedEventTypes(ComplaintModule.RENAMED_TYPES)))
                .build();
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, OversightProperties properties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(client, properties.mongodb().database())
                .build();
    }

    /**
     * The token store, which is how instances share processor segments. Each instance claims under its
     * own node id; Axon's default (the JVM name, pid@host) can repeat across containers and is the same for
     * two application contexts in one JVM, which would let two owners process one segment.
     *
     * <p>Every token written, claim made and claim given up is reported to {@link ProcessingProgress}, which wakes the
     * pages waiting to read their own writes ({@link ReadModels}); under {@link TokenStoredAfterEvents}, so a token
     * is reported once its batch has committed.
     */
    @Bean
    TokenStore tokenStore(MongoTemplate template, Serializer serializer, OversightProperties properties,
                          ProcessingProgress progress) {
        String nodeId = properties.events().nodeId() == null || properties.events().nodeId().isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : properties.events().nodeId();
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .nodeId(nodeId)
                .claimTimeout(properties.events().claimTimeout())
                .build();
        tokenStore.ensureIndexes();
        return new TokenStoredAfterEvents(new ProgressReportingTokenStore(tokenStore, progress));
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate template, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(template).serializer(serializer).build();
    }

    @Bean
    DeadLetterRetries deadLetterRetries(OversightProperties properties, Clock clock) {
        OversightProperties.Events events = properties.events();
        return new DeadLetterRetries(events.retryAttempts(), events.firstRetry(), events.longestRetryPause(), clock);
    }

    /**
     * Every processing group of event handlers gets a dead-letter queue in MongoDB ({@code deadletters}). Handlers
     * of sagas have none (Axon supports it for event handlers only): their errors fail the batch, which the
     * processor retries.
     */
    @Bean
    ConfigurerModule deadLetterQueues(MongoTemplate template, Serializer serializer, DeadLetterRetries retries) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultDeadLetterPolicy(configuration -> retries)
                .registerDeadLetterQueueProvider(group -> {
                    // Axon asks for each group's queue while it builds the processors, and the invoker's settings
                    // can only be given per group, so they are registered here, for the group being built: a reset
                    // (rebuild) clears the group's queue, and the queue is looked up only for sequences known to be
                    // in it, not for every event.
                    processing.registerDeadLetteringEventHandlerInvokerConfiguration(group, (configuration, invoker) ->
                            invoker.allowReset(true).enableSequenceIdentifierCache());
                    return configuration -> MongoSequencedDeadLetterQueue.<EventMessage<?>>builder()
                            .processingGroup(group)
                            .mongoTemplate(template)
                            .serializer(serializer)
                            .build();
                }));
    }

    /** All processing groups are pooled streaming processors with the configured segment count. */
    @Bean
    ConfigurerModule pooledStreamingProcessors(OversightProperties properties) {
        OversightProperties.Events events = properties.events();
        return configurer -> configurer.eventProcessing(processing -> processing
                .usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .initialSegmentCount(events.segments())
                        .maxClaimedSegments(events.maxClaimedSegments())
                        .batchSize(events.batchSize())));
    }
}
