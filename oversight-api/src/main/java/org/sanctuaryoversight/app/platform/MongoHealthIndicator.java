package org.sanctuaryoversight.app.platform;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} is UP only when the database answers a ping. */
@Component("mongo")
record MongoHealthIndicator(MongoDatabase database, OversightProperties properties) implements HealthIndicator {

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().withDetail("mode", properties.mongodb().embedded() ? "embedded" : "mongodb").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
