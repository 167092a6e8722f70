package org.sanctuaryoversight.app.notification;

import com.mongodb.MongoException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the notifier does when handling an event fails. MongoDB unreachable (the outbox, the accounts, the case's events)
 * passes: the processor tries the event again later, and posting again is harmless. Anything else would fail again on
 * every try and hold up every notification behind it, so it is logged (the event's type, never its content) and that
 * one notification is skipped; the work lists still show the work.
 */
class RetryWhenStorageFails implements ListenerInvocationErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RetryWhenStorageFails.class);

    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoException) {
                throw exception;
            }
        }
        LOG.error("No notification for a {} event ({}): {}", event.getPayloadType().getSimpleName(),
                event.getIdentifier(), exception.getClass().getName());
    }
}
