package org.sanctuaryoversight.app.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.sanctuaryoversight.app.platform.ClientKeys;
import org.sanctuaryoversight.app.platform.SharedState;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.sanctuaryoversight.app.support.RawHttp;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@OversightTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"oversight.intake.rate-limit-requests=2", "oversight.intake.api-rate-limit-requests=2",
        "oversight.proxy.trusted-networks=127.0.0.1"})
class IntakeRateLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;
    @LocalServerPort
    int port;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void a_client_over_the_limit_gets_a_bilingual_429_page_others_and_page_views_are_unaffected() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/status").with(csrf()).with(from("10.1.1.1")).param("receiptCode", "1"))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post("/status").with(csrf()).with(from("10.1.1.1")).param("receiptCode", "1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many attempts")))
                .andExpect(content().string(containsString("Demasiados intentos")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("10.1.1.1"))));
        mvc.perform(get("/status").with(from("10.1.1.1"))).andExpect(status().isOk());
        mvc.perform(post("/status").with(csrf()).with(from("10.2.2.2")).param("receiptCode", "1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_json_api_answers_a_problem_in_the_callers_language() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/complaints/status").with(from("10.3.3.3"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"receiptCode\":\"1\"}"));
        }
        mvc.perform(post("/api/v1/complaints/status").with(from("10.3.3.3")).header("Accept-Language", "es")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"receiptCode\":\"1\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(content().string(containsString("Recibimos muchos envíos")));
    }

    @Test
    void counts_and_salt_are_replaced_when_the_window_ends_and_no_address_is_stored() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T10:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        SharedState state = new SharedState(database, clock);
        String scope = "test-" + UUID.randomUUID();
        ClientRateLimiter limiter = new ClientRateLimiter(scope, 1, Duration.ofMinutes(10), state,
                new ClientKeys(state, clock), clock);
        assertThat(limiter.tryAcquire("192.0.2.7")).isTrue();
        assertThat(limiter.tryAcquire("192.0.2.7")).isFalse();
        assertThat(limiter.tryAcquire("192.0.2.8")).isTrue();
        List<Document> stored = database.getCollection("shared_state")
                .find(Filters.regex("_id", "^(limit:)?" + scope)).into(new ArrayList<>());
        assertThat(stored).hasSize(2);
        assertThat(stored.toString()).doesNotContain("192.0.2");
        byte[] firstSalt = saltOf(scope);

        now.set(now.get().plus(Duration.ofMinutes(10)));
        assertThat(limiter.tryAcquire("192.0.2.7")).isTrue();
        assertThat(saltOf(scope)).isNotEqualTo(firstSalt);

        // two windows on, the first window's counts and salt are gone (the sweep stands in for MongoDB's TTL)
        now.set(now.get().plus(Duration.ofMinutes(10)));
        state.sweep();
        assertThat(database.getCollection("shared_state").find(Filters.regex("_id", "^salt:" + scope))
                .map(d -> d.getString("_id")).into(new ArrayList<>())).allSatisfy(id -> assertThat(id).doesNotEndWith(
                ":" + ClientKeys.number(Instant.parse("2026-12-04T10:00:00Z"), Duration.ofMinutes(10))));
    }

    byte[] saltOf(String scope) {
        return database.getCollection("shared_state").find(Filters.regex("_id", "^salt:" + scope))
                .sort(new Document("_id", -1)).first().get("value", org.bson.types.Binary.class).getData();
    }

    static int client = 0;

    /** Sends one request exactly as written (no client library normalises the path) as a fresh client; the status. */
    int raw(String method, String path, String forwardedFor, String body, String... headers) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\nX-Forwarded-For: " + forwardedFor + "\r\n");
            for (int i = 0; i < headers.length; i += 2) {
                request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
            }
            if (body != null) {
                request.append("Content-Type: application/json\r\nContent-Length: ").append(bytes.length).append("\r\n");
            }
            socket.getOutputStream().write((request + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            String answer = RawHttp.answer(socket.getInputStream());
            return Integer.parseInt(answer.substring(9, 12));
        }
    }

    /**
     * Issue 18: the limit held only for the exact spelling of a path. Every spelling the server routes to a limited
     * handler (percent-encoded letters, path parameters, doubled slashes, dot segments, a trailing slash) and every
     * receipt lookup by header (GET and HEAD) counts against the same limit: the third request in a window is a 429.
     */
    @Test
    void every_spelling_of_a_limited_route_and_every_lookup_by_header_is_limited() throws Exception {
        String code = "12345678901234567890";
        record Attempt(String method, String path, String body, String... headers) {
        }
        List<Attempt> attempts = List.of(
                new Attempt("POST", "/api/v1/%63omplaints", "{}"),
                new Attempt("POST", "/api/v1/complaints/st%61tus", "{\"receiptCode\":\"1\"}"),
                new Attempt("POST", "/api/v1/complaints/status/", "{\"receiptCode\":\"1\"}"),
                new Attempt("POST", "/api/v1/complaints;jsessionid=ABC", "{}"),
                new Attempt("POST", "/api/v1//complaints", "{}"),
                new Attempt("POST", "/api/v1/./complaints/status", "{\"receiptCode\":\"1\"}"),
                new Attempt("POST", "/api/v1/x/../complaints", "{}"),
                new Attempt("GET", "/api/v1/complaints/status", null, "X-Receipt-Code", code),
                new Attempt("GET", "/api/v1/complaints/st%61tus;x=1", null, "X-Receipt-Code", code),
                new Attempt("HEAD", "/api/v1/complaints/status", null, "X-Receipt-Code", code),
                new Attempt("POST", "/st%61tus", "receiptCode=1"),
                new Attempt("POST", "/complaints/", "narrative=x"),
                new Attempt("POST", "/status/withdrawal", "receiptCode=1"));
        for (Attempt attempt : attempts) {
            String address = "198.51.100." + (++client);
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(raw(attempt.method(), attempt.path(), address, attempt.body(), attempt.headers()));
            }
            assertThat(statuses.get(2)).as(attempt.method() + " " + attempt.path() + " " + statuses).isEqualTo(429);
        }
    }
}
