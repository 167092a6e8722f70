package org.sanctuaryoversight.app.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small OpenID Connect provider in the test's own process (JDK HTTP server, RS256 ID tokens signed with
 * Nimbus), standing in for a city's identity provider: discovery, authorization (the code flow, approving
 * whoever the test says is signing in), token (checks the client's credentials, the code and the redirect)
 * and the signing keys. It speaks the protocol exactly as far as Spring Security's client needs, no further.
 */
public final class InProcessOidcProvider implements AutoCloseable {

    public static final String CLIENT_ID = "sanctuary-oversight";
    public static final String CLIENT_SECRET = "test-client-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private volatile Map<String, Object> signingIn = Map.of();

    public InProcessOidcProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/city";
        server.createContext("/realms/city/.well-known/openid-configuration", this::discovery);
        server.createContext("/realms/city/authorize", this::authorize);
        server.createContext("/realms/city/token", this::token);
        server.createContext("/realms/city/keys", exchange -> send(exchange, 200,
                new JWKSet(key.toPublicJWK()).toString(), "application/json"));
        server.start();
    }

    public String issuer() {
        return issuer;
    }

    /** Who the next authorization approves: the claims of their ID token (besides iss, aud, exp, nonce). */
    public void signsIn(Map<String, Object> claims) {
        signingIn = Map.copyOf(claims);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        send(exchange, 200, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/keys","response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],"scopes_supported":["openid"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"]}""".formatted(issuer),
                "application/json");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        if (!CLIENT_ID.equals(query.get("client_id")) || !"code".equals(query.get("response_type"))) {
            send(exchange, 400, "unknown client or response type", "text/plain");
            return;
        }
        String code = UUID.randomUUID().toString();
        Map<String, String> grant = new LinkedHashMap<>();
        grant.put("redirect_uri", query.get("redirect_uri"));
        if (query.get("nonce") != null) {
            grant.put("nonce", query.get("nonce"));
        }
        codes.put(code, grant);
        String location = query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        send(exchange, 302, "", "text/plain");
    }

    private void token(HttpExchange exchange) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Map<String, String> grant = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (!basic.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}", "application/json");
            return;
        }
        if (grant == null || !"authorization_code".equals(body.get("grant_type"))
                || !grant.get("redirect_uri").equals(body.get("redirect_uri"))) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}", "application/json");
            return;
        }
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).audience(CLIENT_ID)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)));
        signingIn.forEach(claims::claim);
        if (grant.get("nonce") != null) {
            claims.claim("nonce", grant.get("nonce"));
        }
        try {
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            idToken.sign(new RSASSASigner(key));
            send(exchange, 200, """
                    {"access_token":"%s","token_type":"Bearer","expires_in":300,"scope":"openid","id_token":"%s"}"""
                    .formatted(UUID.randomUUID(), idToken.serialize()), "application/json");
        } catch (JOSEException e) {
            send(exchange, 500, "{\"error\":\"server_error\"}", "application/json");
        }
    }

    /** Follows the app's redirect to the authorization endpoint and returns where the provider sends the browser back. */
    public URI approve(String authorizationRedirect) throws IOException {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        try {
            var response = client.send(java.net.http.HttpRequest.newBuilder(URI.create(authorizationRedirect)).build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
            return URI.create(response.headers().firstValue("Location").orElseThrow());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            values.put(name, value);
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, String body, String contentType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, status == 302 ? -1 : bytes.length);
        if (status != 302) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
