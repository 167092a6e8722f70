package org.sanctuaryoversight.app.platform;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.time.Clock;
import java.util.Date;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.data.mongo.MongoIndexedSessionRepository;
import org.springframework.session.data.mongo.config.annotation.web.http.EnableMongoHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Staff sessions, and the CSRF tokens kept in them, live in MongoDB (Spring Session), so any instance behind the
 * proxy continues a session another one started: no sticky sessions needed. Sessions end after
 * {@code server.servlet.session.timeout} without a request; MongoDB drops them through a TTL index, the embedded
 * server (which ignores TTL) on the next read or by {@link #sweepExpired()}.
 *
 * <p>The cookie is {@code HttpOnly}, {@code SameSite=Lax} (the city's sign-in provider must be able to send the
 * browser back) and {@code Secure} whenever the request came over HTTPS, directly or through the trusted proxy.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "oversight.sessions.store", havingValue = "mongodb", matchIfMissing = true)
@EnableMongoHttpSession(collectionName = SharedSessionsConfiguration.COLLECTION)
class SharedSessionsConfiguration {

    static final String COLLECTION = "http_sessions";
    static final String COOKIE = "SESSION";

    private final MongoClient client;
    private final OversightProperties properties;
    private final Clock clock;

    SharedSessionsConfiguration(MongoClient client, OversightProperties properties, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
    }

    @Bean
    MongoOperations sessionMongoOperations() {
        return new MongoTemplate(client, properties.mongodb().database());
    }

    @Bean
    SessionRepositoryCustomizer<MongoIndexedSessionRepository> sessionTimeout(ServerProperties server) {
        return repository -> repository.setDefaultMaxInactiveInterval(server.getServlet().getSession().getTimeout());
    }

    @Bean
    CookieSerializer sessionCookie(ServerProperties server) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName(COOKIE);
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        // Left unset, Secure follows request.isSecure(), which TrustedProxyFilter sets from X-Forwarded-Proto.
        cookie.setSameSite(server.getServlet().getSession().getCookie().getSameSite() == null ? "Lax"
                : server.getServlet().getSession().getCookie().getSameSite().attributeValue());
        return cookie;
    }

    /** The embedded server ignores the TTL index: expired sessions nobody asks for again are deleted here. */
    @Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
    void sweepExpired() {
        client.getDatabase(properties.mongodb().database()).getCollection(COLLECTION)
                .deleteMany(Filters.lte("expireAt", Date.from(clock.instant())));
    }
}
