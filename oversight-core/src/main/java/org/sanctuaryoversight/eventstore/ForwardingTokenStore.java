package org.sanctuaryoversight.eventstore;

import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;

/**
 * A token store that hands every call to {@link #delegate()}: a decorator (a record with a {@code delegate} component)
 * overrides only the calls it changes ({@link TokenStoredAfterEvents}, the api's progress reporting store).
 */
public interface ForwardingTokenStore extends TokenStore {

    TokenStore delegate();

    @Override
    default void initializeTokenSegments(String processorName, int segmentCount) {
        delegate().initializeTokenSegments(processorName, segmentCount);
    }

    @Override
    default void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        delegate().initializeTokenSegments(processorName, segmentCount, initialToken);
    }

    @Override
    default void initializeSegment(TrackingToken token, String processorName, int segment) {
        delegate().initializeSegment(token, processorName, segment);
    }

    @Override
    default void storeToken(TrackingToken token, String processorName, int segment) {
        delegate().storeToken(token, processorName, segment);
    }

    @Override
    default TrackingToken fetchToken(String processorName, int segment) throws UnableToClaimTokenException {
        return delegate().fetchToken(processorName, segment);
    }

    @Override
    default TrackingToken fetchToken(String processorName, Segment segment) throws UnableToClaimTokenException {
        return delegate().fetchToken(processorName, segment);
    }

    @Override
    default void extendClaim(String processorName, int segment) throws UnableToClaimTokenException {
        delegate().extendClaim(processorName, segment);
    }

    @Override
    default void releaseClaim(String processorName, int segment) {
        delegate().releaseClaim(processorName, segment);
    }

    @Override
    default void deleteToken(String processorName, int segment) throws UnableToClaimTokenException {
        delegate().deleteToken(processorName, segment);
    }

    @Override
    default boolean requiresExplicitSegmentInitialization() {
        return delegate().requiresExplicitSegmentInitialization();
    }

    @Override
    default int[] fetchSegments(String processorName) {
        return delegate().fetchSegments(processorName);
    }

    @Override
    default List<Segment> fetchAvailableSegments(String processorName) {
        return delegate().fetchAvailableSegments(processorName);
    }

    @Override
    default Optional<String> retrieveStorageIdentifier() {
        return delegate().retrieveStorageIdentifier();
    }
}
