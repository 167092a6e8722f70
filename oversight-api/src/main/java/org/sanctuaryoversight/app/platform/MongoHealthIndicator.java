package org.sanctuaryoversight.app.platform;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} is UP only when the database answers a ping. */
@Component("mongo")
class MongoHealthIndicator implements HealthIndicator {

    private final MongoDatabase database;
    private final OversightProperties properties;

    MongoHealthIndicator(MongoDatabase database, OversightProperties properties) {
        this.database = database;
        this.properties = properties;
    }

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
