package org.sanctuaryoversight.app.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's health check: {@code java -cp /app/BOOT-INF/classes ...HealthProbe <url>} exits 0 when the
 * service answers {@code UP}. The runtime image has a JRE and nothing else (no curl, no wget), so the probe is
 * plain Java with no dependency beyond the JDK.
 */
public final class HealthProbe {

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/actuator/health/readiness";
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
            System.exit(response.statusCode() == 200 && response.body().contains("\"UP\"") ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
