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
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@OversightTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"oversight.intake.rate-limit-requests=2", "oversight.intake.api-rate-limit-requests=2"})
class IntakeRateLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoDatabase database;

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
}
