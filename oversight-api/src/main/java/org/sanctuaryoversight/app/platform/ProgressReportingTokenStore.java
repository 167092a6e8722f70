package org.sanctuaryoversight.app.platform;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.sanctuaryoversight.eventstore.ForwardingTokenStore;

/**
 * The token store as this instance's processors use it, telling {@link ProcessingProgress} about every token written,
 * every segment claimed and every claim given up, right after the store has done it.
 *
 * <p>It sits under {@code TokenStoredAfterEvents}, which holds a batch's token back until the batch's commit phase: so
 * "stored" here means the batch's read-model writes and its token are in the database, which is what a page waiting
 * to read its own write needs. Every processor, projection or saga, writes its tokens through here, including after a
 * batch whose events none of its handlers wanted (a handler interceptor would not see those).
 */
record ProgressReportingTokenStore(TokenStore delegate, ProcessingProgress progress) implements ForwardingTokenStore {

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        try {
            delegate.storeToken(token, processorName, segment);
        } catch (UnableToClaimTokenException taken) {
            progress.released(processorName, segment);
            throw taken;
        }
        progress.stored(processorName, segment, token);
    }

    @Override
    public TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        TrackingToken token;
        try {
            token = delegate.fetchToken(processorName, segment);
        } catch (UnableToClaimTokenException taken) {
            progress.released(processorName, segment.getSegmentId());
            throw taken;
        }
        progress.claimed(processorName, segment, token);
        return token;
    }

    /** Claims too, but without the segment's mask this instance cannot tell what share of the group it covers. */
    @Override
    public TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        try {
            return delegate.fetchToken(processorName, segment);
        } catch (UnableToClaimTokenException taken) {
            progress.released(processorName, segment);
            throw taken;
        }
    }

    @Override
    public void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        try {
            delegate.extendClaim(processorName, segment);
        } catch (UnableToClaimTokenException taken) {
            progress.released(processorName, segment);
            throw taken;
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        progress.released(processorName, segment);
        delegate.releaseClaim(processorName, segment);
    }

    @Override
    public void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        progress.released(processorName, segment);
        delegate.deleteToken(processorName, segment);
    }
}
