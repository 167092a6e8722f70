package org.sanctuaryoversight.app.platform;

import java.util.Map;
import org.springframework.boot.actuate.health.HealthComponent;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Health on the service's own port, where the proxy and the container's health check ask: the whole, liveness and
 * readiness, as {@code {"status":"UP"}} (200) or DOWN (503), nothing more. Every other actuator endpoint, metrics
 * included, is on the management port ({@code management.server.port}), which is never published.
 */
@RestController
class HealthOnServicePort {

    private final HealthEndpoint health;

    HealthOnServicePort(HealthEndpoint health) {
        this.health = health;
    }

    @GetMapping("/actuator/health")
    ResponseEntity<Map<String, String>> overall() {
        return answer(health.health());
    }

    @GetMapping("/actuator/health/liveness")
    ResponseEntity<Map<String, String>> liveness() {
        return answer(health.healthForPath("liveness"));
    }

    @GetMapping("/actuator/health/readiness")
    ResponseEntity<Map<String, String>> readiness() {
        return answer(health.healthForPath("readiness"));
    }

    private static ResponseEntity<Map<String, String>> answer(HealthComponent component) {
        Status status = component == null ? Status.UNKNOWN : component.getStatus();
        return ResponseEntity.status(Status.UP.equals(status) ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .cacheControl(CacheControl.noStore()).body(Map.of("status", status.getCode()));
    }
}
