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

    static Map<String, Object> compose() throws IOException {
        return new Yaml().load(Files.readString(COMPOSE));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> services() throws IOException {
        return (Map<String, Object>) compose().get("services");
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
        String initCommand = String.join(" ", (List<String>) ((Map<String, Object>) services.get("mongo-init")).get("entrypoint"));
        assertThat(initCommand).contains("--file /deploy/init-replica-set.js");
        String init = Files.readString(Path.of("..", "deploy", "mongo", "init-replica-set.js"));
        assertThat(init).contains("rs.initiate").contains("mongo1:27017").contains("mongo2:27017").contains("mongo3:27017");

        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment.get("OVERSIGHT_MONGODB_URI")).contains("replicaSet=rs0").contains("w=majority")
                .contains("oversight@").doesNotContain("oversight:");
        assertThat(Files.exists(Path.of("..", "Dockerfile"))).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void secrets_are_files_never_environment_values_and_mongodb_requires_a_keyfile_and_users() throws IOException {
        Map<String, Object> services = services();
        Map<String, Object> app = (Map<String, Object>) services.get("app");
        Map<String, String> environment = (Map<String, String>) app.get("environment");
        assertThat(environment).containsEntry("OVERSIGHT_PRIVACY_MASTER_KEY_FILE", "/run/secrets/master_key")
                .containsEntry("OVERSIGHT_REPORTS_SIGNING_KEY_FILE", "/run/secrets/signing_key")
                .containsEntry("OVERSIGHT_RECEIPT_KEY_FILE", "/run/secrets/receipt_key")
                .containsEntry("OVERSIGHT_MONGODB_PASSWORD_FILE", "/run/secrets/mongo_app_password")
                .doesNotContainKeys("OVERSIGHT_PRIVACY_MASTER_KEY", "OVERSIGHT_MONGODB_PASSWORD");
        assertThat((List<String>) app.get("secrets")).containsExactlyInAnyOrder("master_key", "receipt_key",
                "signing_key", "mongo_app_password");
        assertThat(app).containsEntry("read_only", true);
        assertThat(environment.get("OVERSIGHT_PROXY_TRUSTED_NETWORKS")).isNotBlank();

        Map<String, Object> secrets = (Map<String, Object>) compose().get("secrets");
        assertThat(secrets).containsOnlyKeys("master_key", "receipt_key", "signing_key", "mongo_keyfile",
                "mongo_root_password", "mongo_app_password");
        String script = Files.readString(Path.of("..", "deploy", "create-secrets.sh"));
        for (Object secret : secrets.values()) {
            String file = Path.of((String) ((Map<String, Object>) secret).get("file")).getFileName().toString();
            assertThat(script).as("create-secrets.sh makes %s", file).contains("secret " + file + " ");
        }
        for (String member : List.of("mongo1", "mongo2", "mongo3")) {
            Map<String, Object> mongo = (Map<String, Object>) services.get(member);
            assertThat((List<String>) mongo.get("command")).containsSequence("--keyFile", "/etc/mongo-keyfile");
            assertThat((List<String>) mongo.get("secrets")).contains("mongo_keyfile");
        }
        String init = Files.readString(Path.of("..", "deploy", "mongo", "init-replica-set.js"));
        assertThat(init).contains("createUser").contains("role: 'readWrite', db: APP_DATABASE")
                .doesNotContain("role: 'root'").doesNotContain("dbOwner");
    }

    @Test
    void the_secrets_script_makes_keys_the_service_can_read() throws Exception {
        Path directory = Files.createTempDirectory("secrets");
        Process script = new ProcessBuilder("bash", Path.of("..", "deploy", "create-secrets.sh").toString(),
                directory.resolve("secrets").toString()).redirectErrorStream(true).start();
        String printed = new String(script.getInputStream().readAllBytes());
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).as(printed).isZero();
        Path secrets = directory.resolve("secrets");
        org.sanctuaryoversight.privacy.MasterKey.fromBase64(Files.readString(secrets.resolve("master_key")).strip());
        org.sanctuaryoversight.report.rendering.OfficeSigningKey.read(secrets.resolve("signing_key.pem"));
        org.sanctuaryoversight.complaint.intake.ReceiptKeys.parse(Files.readString(secrets.resolve("receipt_key")));
        assertThat(Files.readString(secrets.resolve("mongo_keyfile")).strip().length()).isBetween(6, 1024);
        String masterKey = Files.readString(secrets.resolve("master_key"));

        // run again: nothing is overwritten
        Process again = new ProcessBuilder("bash", Path.of("..", "deploy", "create-secrets.sh").toString(),
                secrets.toString()).redirectErrorStream(true).start();
        assertThat(new String(again.getInputStream().readAllBytes())).contains("kept");
        assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(secrets.resolve("master_key"))).isEqualTo(masterKey);
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
                .contains("proxy_set_header X-Forwarded-For $remote_addr;")
                .contains("proxy_set_header X-Forwarded-Proto $scheme;")
                .doesNotContain("$proxy_add_x_forwarded_for");
    }

    @Test
    void docker_compose_itself_accepts_the_file_where_it_is_installed() throws Exception {
        List<String> command = commandAvailable(List.of("docker", "compose", "version"))
                ? List.of("docker", "compose", "config", "-q")
                : commandAvailable(List.of("docker-compose", "version")) ? List.of("docker-compose", "config", "-q") : null;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(command).as("CI=true: docker-compose must be installed (.ci/run installs it)").isNotNull();
        }
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
