package org.sanctuaryoversight.app.platform;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * State shared by every instance that must also expire: {@link SharedState} and the client keys built on it.
 * Staff sessions are shared too (see {@link SharedSessionsConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SharedStateConfiguration {

    @Bean
    SharedState sharedState(MongoDatabase database, Clock clock) {
        return new SharedState(database, clock);
    }

    @Bean
    ClientKeys clientKeys(SharedState state, Clock clock) {
        return new ClientKeys(state, clock);
    }

    @Bean
    ExpiredStateSweep expiredStateSweep(SharedState state) {
        return new ExpiredStateSweep(state);
    }

    /** The embedded server ignores TTL indexes: without this sweep, expired records would stay forever. */
    static final class ExpiredStateSweep {
        private final SharedState state;

        ExpiredStateSweep(SharedState state) {
            this.state = state;
        }

        @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
        void sweep() {
            state.sweep();
        }
    }
}
