package org.sanctuaryoversight.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sanctuaryoversight.app.OversightApplication;
import org.sanctuaryoversight.app.support.FreePort;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service behind the project's own {@code deploy/nginx.conf}, run by Debian's nginx on a loopback port with
 * only its upstream address and listen port changed. Residents at 127.0.0.2 and 127.0.0.3 are limited separately
 * (before, everyone shared the proxy's limit), and the service never writes either address to its log. Without
 * the proxy, a client cannot pick its own address or claim HTTPS; through a trusted proxy that says HTTPS, the
 * answer carries HSTS and a {@code Secure} session cookie.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReverseProxyTest {

    static final Path NGINX = Path.of("/usr/sbin/nginx");
    static final Path CONFIG = Path.of("..", "deploy", "nginx.conf");
    static final int LIMIT = 3;

    ConfigurableApplicationContext service;
    Process nginx;
    @TempDir
    Path work;

    ConfigurableApplicationContext startService() {
        service = new SpringApplicationBuilder(OversightApplication.class).profiles("test").run("--server.port=0",
                "--oversight.proxy.trusted-networks=127.0.0.1/32", "--oversight.sessions.store=mongodb",
                "--oversight.intake.api-rate-limit-requests=" + LIMIT, "--oversight.intake.rate-limit-requests=" + LIMIT);
        return service;
    }

    int servicePort() {
        return ((WebServerApplicationContext) service).getWebServer().getPort();
    }

    @AfterEach
    void stop() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(20, TimeUnit.SECONDS);
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void two_residents_behind_the_proxy_are_limited_separately_and_neither_address_is_logged(CapturedOutput output)
            throws Exception {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertThat(Files.isExecutable(NGINX)).as("CI=true: nginx must be installed (.ci/run installs it)").isTrue();
        }
        Assumptions.assumeTrue(Files.isExecutable(NGINX), "Debian's nginx is not installed (.ci/run installs it)");
        startService();
        int proxyPort = FreePort.find();
        startNginx(proxyPort, servicePort());

        for (int i = 0; i < LIMIT; i++) {
            assertThat(statusLookup("127.0.0.2", proxyPort, "")).as("resident A, request %d", i + 1).isEqualTo(400);
        }
        assertThat(statusLookup("127.0.0.2", proxyPort, "")).as("resident A over the limit").isEqualTo(429);
        // a forged header does not help: nginx overwrites it with the real address
        assertThat(statusLookup("127.0.0.2", proxyPort, "X-Forwarded-For: 127.0.0.9\r\n")).isEqualTo(429);
        for (int i = 0; i < LIMIT; i++) {
            assertThat(statusLookup("127.0.0.3", proxyPort, "")).as("resident B, request %d", i + 1).isEqualTo(400);
        }
        assertThat(statusLookup("127.0.0.3", proxyPort, "")).isEqualTo(429);

        assertThat(output.getAll()).doesNotContain("127.0.0.2").doesNotContain("127.0.0.3");
    }

    @Test
    void forwarded_headers_count_only_from_the_trusted_proxy_and_https_brings_hsts_and_a_secure_cookie() throws Exception {
        startService();
        int port = servicePort();
        // the trusted proxy (127.0.0.1) says the browser used HTTPS
        String https = exchange("127.0.0.1", port, "GET /complaints/new HTTP/1.1\r\nHost: oversight.example\r\n"
                + "X-Forwarded-Proto: https\r\nX-Forwarded-For: 198.51.100.7\r\nConnection: close\r\n\r\n");
        assertThat(https).startsWith("HTTP/1.1 200").contains("Strict-Transport-Security: max-age=");
        assertThat(setCookie(https)).contains("SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax");

        // anyone else saying so is not believed
        String forged = exchange("127.0.0.4", port, "GET /complaints/new HTTP/1.1\r\nHost: oversight.example\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(forged).startsWith("HTTP/1.1 200").doesNotContain("Strict-Transport-Security");
        assertThat(setCookie(forged)).contains("SESSION=").doesNotContain("Secure");

        // nor can a client escape its limit by naming another address
        for (int i = 0; i < LIMIT; i++) {
            statusLookup("127.0.0.5", port, "X-Forwarded-For: 10.9.9." + i + "\r\n");
        }
        assertThat(statusLookup("127.0.0.5", port, "X-Forwarded-For: 10.9.9.99\r\n")).isEqualTo(429);
    }

    void startNginx(int listenPort, int appPort) throws Exception {
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> original = Files.readAllLines(CONFIG);
        List<String> changed = new ArrayList<>();
        for (String line : original) {
            changed.add(line.replace("listen 8080;", "listen 127.0.0.1:" + listenPort + ";")
                    .replace("set $app http://app:8080;", "set $app http://127.0.0.1:" + appPort + ";"));
        }
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            if (!original.get(i).equals(changed.get(i))) {
                differences.add(original.get(i).strip());
            }
        }
        assertThat(differences).as("only the upstream address and the listen port change")
                .containsExactly("listen 8080;", "set $app http://app:8080;");
        Path config = work.resolve("nginx.conf");
        Files.write(config, changed);
        nginx = new ProcessBuilder(NGINX.toString(), "-p", work + "/", "-c", config.toString(),
                "-g", "daemon off; pid " + work.resolve("nginx.pid") + ";")
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", listenPort), 500);
                return;
            } catch (IOException notYet) {
                assertThat(nginx.isAlive()).as("nginx: %s", Files.readString(work.resolve("nginx.out"))).isTrue();
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen: " + Files.readString(work.resolve("nginx.out")));
    }

    /** A status lookup (a rate-limited public JSON endpoint) from a client at {@code source}; answers the status. */
    static int statusLookup(String source, int port, String extraHeaders) throws IOException {
        String body = "{\"receiptCode\":\"1\"}";
        String response = exchange(source, port, "POST /api/v1/complaints/status HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n" + extraHeaders
                + "Connection: close\r\n\r\n" + body);
        return Integer.parseInt(response.substring(9, 12));
    }

    /** One HTTP/1.1 exchange from a socket bound to {@code source} (Java 17's HttpClient cannot choose it). */
    static String exchange(String source, int port, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String setCookie(String response) {
        return response.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11))
                .findFirst().orElse("");
    }
}
