package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.support.FreePort;
import org.sanctuaryoversight.eventstore.embedded.EmbeddedMongo;

/**
 * The production jar, started the way the container starts it: extracted into its layers in a root-owned,
 * read-only application directory, run as an unprivileged user ({@code setpriv}, as the image's {@code USER}),
 * with the environment and the secret files of {@code docker-compose.yml} (the secrets made by
 * {@code deploy/create-secrets.sh}), and an embedded test server's MongoDB URI in place of the replica set's.
 * It must serve {@code /actuator/health/readiness} and pass the image's health check; without a secret it must
 * exit with a message that names it.
 */
class PackagedJarIT {

    static final Path JAR = Path.of("target", "sanctuary-oversight-production.jar");
    static final int NOBODY = 65534;

    @TempDir
    static Path work;
    static Path app;
    static Path secrets;
    static EmbeddedMongo database;

    @BeforeAll
    static void extractTheImage() throws Exception {
        assertThat(JAR).as("mvn package builds the production jar").exists();
        open(work);
        app = work.resolve("app");
        Path layers = work.resolve("layers");
        run(List.of("java", "-Djarmode=tools", "-jar", JAR.toAbsolutePath().toString(), "extract", "--layers",
                "--launcher", "--destination", layers.toString()), Path.of("."));
        Files.createDirectories(app);
        // the Dockerfile's COPY of each layer, in its order, into one directory
        for (String layer : List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application")) {
            run(List.of("cp", "-a", layers.resolve(layer) + "/.", app + "/"), Path.of("."));
        }
        run(List.of("chmod", "-R", "a+rX,go-w", app.toString()), Path.of("."));
        secrets = work.resolve("secrets");
        run(List.of("bash", Path.of("..", "deploy", "create-secrets.sh").toAbsolutePath().toString(),
                secrets.toString()), Path.of("."));
        open(secrets);
        database = EmbeddedMongo.inMemory(0);
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void the_production_jar_carries_no_embedded_database() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            List<String> libraries = jar.stream().map(entry -> entry.getName())
                    .filter(name -> name.startsWith("BOOT-INF/lib/")).toList();
            assertThat(libraries).anySatisfy(name -> assertThat(name).contains("mongodb-driver-sync"));
            assertThat(libraries).noneSatisfy(name -> assertThat(name).containsAnyOf("mongo-java-server", "/h2-", "netty"));
            assertThat(jar.getEntry("BOOT-INF/layers.idx")).as("a layered jar").isNotNull();
        }
    }

    @Test
    void it_starts_as_the_container_does_serves_readiness_and_passes_the_health_check() throws Exception {
        int port = FreePort.find();
        Process service = start(composeEnvironment(port));
        StringBuilder output = drain(service);
        try {
            HttpClient http = HttpClient.newHttpClient();
            Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
            HttpResponse<String> readiness = null;
            while (Instant.now().isBefore(deadline) && service.isAlive()) {
                try {
                    readiness = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                    if (readiness.statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
            assertThat(readiness).as("readiness answered; output:\n%s", output).isNotNull();
            assertThat(readiness.statusCode()).as(output.toString()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"UP\"");

            // the image's HEALTHCHECK command, run in the same directory as the same user
            Process probe = new ProcessBuilder(asServiceUser(List.of("java", "-cp", app.resolve("BOOT-INF/classes").toString(),
                    HealthProbe.class.getName(), "http://127.0.0.1:" + port + "/actuator/health/readiness")))
                    .directory(app.toFile()).redirectErrorStream(true).start();
            assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(probe.exitValue()).isZero();

            assertThat(output.toString()).doesNotContain("EMBEDDED MODE").doesNotContain(" ERROR ");
        } finally {
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
            service.destroyForcibly();
        }
        assertThat(Files.list(app).map(p -> p.getFileName().toString()).toList())
                .as("nothing written into the application directory").containsExactlyInAnyOrder("BOOT-INF", "META-INF", "org");
    }

    @Test
    void without_the_master_key_it_exits_naming_the_missing_secret() throws Exception {
        Map<String, String> environment = composeEnvironment(FreePort.find());
        environment.put("OVERSIGHT_PRIVACY_MASTER_KEY_FILE", secrets.resolve("no-such-master_key").toString());
        Process service = start(environment);
        StringBuilder output = drain(service);
        assertThat(service.waitFor(3, TimeUnit.MINUTES)).as("it stops by itself").isTrue();
        String printed = output.toString();
        assertThat(service.exitValue()).as(printed).isNotZero();
        assertThat(printed).contains("APPLICATION FAILED TO START")
                .contains("oversight.privacy.master-key-file (OVERSIGHT_PRIVACY_MASTER_KEY_FILE)")
                .contains("no-such-master_key does not exist")
                .doesNotContain("\tat org.springframework");
    }

    /** The app service's environment from docker-compose.yml, its secrets where compose would mount them. */
    Map<String, String> composeEnvironment(int port) throws IOException {
        Map<String, Object> services = DockerComposeFileTest.services();
        @SuppressWarnings("unchecked")
        Map<String, Object> service = (Map<String, Object>) services.get("app");
        @SuppressWarnings("unchecked")
        Map<String, Object> compose = (Map<String, Object>) DockerComposeFileTest.compose().get("secrets");
        @SuppressWarnings("unchecked")
        List<String> mounted = (List<String>) service.get("secrets");
        Path runSecrets = work.resolve("run-secrets-" + port);
        Files.createDirectories(runSecrets);
        open(runSecrets);
        for (String name : mounted) {
            @SuppressWarnings("unchecked")
            String file = (String) ((Map<String, Object>) compose.get(name)).get("file");
            Files.copy(secrets.resolve(Path.of(file).getFileName()), runSecrets.resolve(name));
            Files.setPosixFilePermissions(runSecrets.resolve(name), PosixFilePermissions.fromString("rw-r--r--"));
        }
        Map<String, String> environment = new HashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> declared = (Map<String, Object>) service.get("environment");
        declared.forEach((key, value) -> environment.put(key, String.valueOf(value)
                .replace("/run/secrets/", runSecrets + "/")
                .replaceAll("\\$\\{[A-Z_]+:-([^}]*)}", "$1")));
        environment.put("OVERSIGHT_MONGODB_URI", database.connectionString());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("MANAGEMENT_PORT", Integer.toString(FreePort.find()));
        environment.put("PATH", System.getenv("PATH"));
        return environment;
    }

    Process start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(asServiceUser(List.of("java", "-XX:MaxRAMPercentage=75",
                "-XX:TieredStopAtLevel=1", "org.springframework.boot.loader.launch.JarLauncher")))
                .directory(app.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** As root (CI), the image's unprivileged user; otherwise this user, who does not own the directory either. */
    static List<String> asServiceUser(List<String> command) {
        if (!"0".equals(run(List.of("id", "-u"), Path.of(".")).strip())) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", "--no-new-privs"));
        wrapped.addAll(command);
        return wrapped;
    }

    static StringBuilder drain(Process process) {
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    synchronized (output) {
                        output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    /** Traversable by the service user, writable by the owner (root) only. */
    static void open(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static String run(List<String> command, Path directory) {
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            process.getInputStream().transferTo(out);
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("%s: %s", command, printed).isZero();
            return printed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
