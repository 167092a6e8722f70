package org.sanctuaryoversight.eventstore;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * A token store that writes a processor's token only after everything else its batch commits.
 *
 * <p>Axon's pooled processor asks for the token to be stored at the start of the batch's prepare-commit phase, before
 * the events of commands that the batch's handlers sent are appended (they are appended in the same phase, later).
 * Without a transaction spanning both (MongoDB here has none), a failed append left the token stored: the batch
 * counted as done and its commands' events were lost without a word. Written in the commit phase instead, the token
 * moves only when the events are stored; if they are not, the batch fails and is retried, so the handlers that send
 * commands must be, and are, idempotent (see {@code FederalRequestReviewCaseOpener}).
 */
public record TokenStoredAfterEvents(TokenStore delegate) implements ForwardingTokenStore {

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        if (CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().phase() == UnitOfWork.Phase.PREPARE_COMMIT) {
            CurrentUnitOfWork.get().onCommit(batch -> delegate.storeToken(token, processorName, segment));
        } else {
            delegate.storeToken(token, processorName, segment);
        }
    }
}
