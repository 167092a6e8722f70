package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What a city's operations team expects: an OpenAPI document of the JSON APIs that lists exactly the endpoints the
 * controllers serve, Prometheus metrics with every projection's lag on the management port only, and health on the
 * service's own port.
 */
@OversightTest
@AutoConfigureObservability // tests switch metrics export off unless asked; this test is about it
class OpenApiAndMetricsTest {

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newHttpClient();

    HttpResponse<String> get(int at, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_openapi_document_lists_exactly_the_json_endpoints_the_controllers_serve() throws Exception {
        HttpResponse<String> response = get(port, "/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = new ObjectMapper().readTree(response.body());
        Set<String> documented = new TreeSet<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));

        Set<String> served = mappings.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/"))
                        .filter(pattern -> !pattern.startsWith("/api/openapi.json")) // the document itself
                        .flatMap(pattern -> (info.getMethodsCondition().getMethods().isEmpty()
                                ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                                : info.getMethodsCondition().getMethods()).stream()
                                .map(method -> method.name() + " " + pattern)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(served).as("JSON endpoints the controllers serve").isNotEmpty()
                .contains("POST /api/v1/complaints");
        assertThat(documented).isEqualTo(served);
        // Issue 19: publishing answers at once, 201 when already archived, else 202 with the version to poll.
        JsonNode publish = document.at("/paths/~1api~1v1~1staff~1reports~1{period}~1publish/post/responses");
        assertThat(publish.has("201") && publish.has("202")).as("publish documents 201 and 202: " + publish).isTrue();
        assertThat(publish.at("/202/headers").has("Location")).as("202 names the version to poll").isTrue();
        JsonNode version = document.at("/paths/~1api~1v1~1staff~1reports~1{period}~1versions~1{version}/get/responses");
        assertThat(version.has("200") && version.has("202") && version.has("404")).as(version.toString()).isTrue();
    }

    @Test
    void metrics_are_on_the_management_port_with_every_projections_lag_and_health_stays_on_the_main_port()
            throws Exception {
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("oversight_events_processor_lag_events{")
                .contains("oversight_events_dead_letters_events{")
                .contains("processor=\"casework-v2\"").contains("http_server_requests_seconds_bucket")
                .doesNotContain("127.0.0.1");
        assertThat(get(port, "/actuator/prometheus").statusCode()).as("no metrics on the public port").isIn(403, 404);
        assertThat(get(port, "/actuator/health").statusCode()).isEqualTo(200);
        assertThat(get(port, "/actuator/health/readiness").body()).contains("UP");
        assertThat(get(port, "/actuator/health/liveness").body()).contains("UP");
    }
}
