package org.sanctuaryoversight.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Sanctuary Oversight: run it with {@code mvn -pl oversight-api -am spring-boot:run} (see README). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OversightApplication {

    static {
        // Product principle: the service makes no call to any third party. Axon's update checker would
        // report usage to AxonIQ on every start; it stays off unless an operator explicitly turns it on.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(OversightApplication.class, args);
    }
}
