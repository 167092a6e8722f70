package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The production compose file: a MongoDB replica set initialised by itself, and the app pointed at it. */
class DockerComposeFileTest {

    static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    @SuppressWarnings("unchecked")
    static Map<String, Object> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        return (Map<String, Object>) compose.get("services");
    }

    @Test
    @SuppressWarnings("unchecked")
    void it_runs_a_three_member_replica_set_that_initialises_itself_and_an_app_that_uses_it() throws IOException {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("mongo1", "mongo2", "mongo3", "mongo-init", "app");
        for (String member : List.of("mongo1", "mongo2", "mongo3")) {
            Map<String, Object> mongo = (Map<String, Object>) services.get(member);
            assertThat((List<String>) mongo.get("command")).containsSequence("--replSet", "rs0");
            assertThat(mongo).containsKey("volumes");
        }
        String init = String.join(" ", (List<String>) ((Map<String, Object>) services.get("mongo-init")).get("entrypoint"));
        assertThat(init).contains("rs.initiate").contains("mongo1:27017").contains("mongo2:27017").contains("mongo3:27017");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment.get("OVERSIGHT_MONGODB_URI")).contains("replicaSet=rs0").contains("w=majority");
        assertThat(environment.get("OVERSIGHT_PRIVACY_MASTER_KEY")).isEqualTo("${OVERSIGHT_PRIVACY_MASTER_KEY:-}");
        assertThat(Files.exists(Path.of("..", "Dockerfile"))).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void only_the_proxy_publishes_a_port_so_the_app_can_be_scaled_and_no_access_log_records_client_addresses()
            throws IOException {
        Map<String, Object> services = services();
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        assertThat(app).as("a fixed host port on app would make 'docker compose up --scale app=3' fail")
                .doesNotContainKey("ports");
        Map<String, Object> proxy = (Map<String, Object>) services.get("proxy");
        assertThat((List<String>) proxy.get("ports")).containsExactly("127.0.0.1:8080:8080");
        assertThat(String.join(" ", (List<String>) proxy.get("volumes"))).contains("./deploy/nginx.conf");

        String nginx = Files.readString(Path.of("..", "deploy", "nginx.conf"));
        assertThat(nginx).contains("access_log off;").contains("proxy_pass $app;")
                .doesNotContain("X-Forwarded-For $");
    }

    @Test
    void docker_compose_itself_accepts_the_file_where_it_is_installed() throws Exception {
        List<String> command = commandAvailable(List.of("docker", "compose", "version"))
                ? List.of("docker", "compose", "config", "-q")
                : commandAvailable(List.of("docker-compose", "version")) ? List.of("docker-compose", "config", "-q") : null;
        Assumptions.assumeTrue(command != null, "neither 'docker compose' nor 'docker-compose' is installed here");
        ProcessBuilder builder = new ProcessBuilder(command).directory(COMPOSE.getParent().toFile()).redirectErrorStream(true);
        builder.environment().remove("OVERSIGHT_PRIVACY_MASTER_KEY"); // must validate as a new user runs it
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    static boolean commandAvailable(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
