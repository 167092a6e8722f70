package org.sanctuaryoversight.app.surveillance;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.AuditImportView;
import org.sanctuaryoversight.surveillance.AuditRule;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindAuditImportQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FindFlaggedSearchesQuery;
import org.sanctuaryoversight.surveillance.SurveillanceQueries.FlaggedSearchPage;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Layout;
import org.sanctuaryoversight.surveillance.SyntheticAuditLog.Manifest;
import org.sanctuaryoversight.surveillance.ValidatedAuditLog;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Realistic audit logs for the application's tests, and the form posts that upload them. */
final class AuditLogs {

    static final String OWN_AGENCY = "Culver City CA PD";

    private AuditLogs() {
    }

    /** A generated log of one month and what was planted in it. */
    record Generated(byte[] bytes, Manifest manifest) {
        String importId() {
            return ValidatedAuditLog.importIdOf(sha256(bytes));
        }
    }

    static Generated generate(Layout layout, int rows, YearMonth month, long seed, String sideDoorCase, int immigration,
                              int burst) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Manifest manifest = SyntheticAuditLog.write(new SyntheticAuditLog.Spec(layout, rows,
                month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                month.atEndOfMonth().atTime(22, 0).toInstant(ZoneOffset.UTC), seed, OWN_AGENCY, sideDoorCase,
                immigration, burst), out);
        return new Generated(out.toByteArray(), manifest);
    }

    /** The upload form's post, as a browser sends it: fields, then the file, CSRF token in the action URL. */
    static MockHttpServletRequestBuilder upload(byte[] file, String department, Map<String, String> moreFields) {
        String boundary = "----alpr" + UUID.randomUUID().toString().replace("-", "");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("department", department);
        fields.putAll(moreFields);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"log\"; filename=\"audit.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(SurveillanceConfiguration.UPLOAD_PATH).with(csrf())
                .contentType("multipart/form-data; boundary=" + boundary).content(body.toByteArray());
    }

    static MockHttpServletRequestBuilder upload(byte[] file, String department) {
        return upload(file, department, Map.of());
    }

    /** Waits until the import's evaluation completed (the second pass runs in the background). */
    static AuditImportView awaitImported(QueryGateway queries, String importId, int evaluation) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> queries.query(new FindAuditImportQuery(importId),
                        ResponseTypes.optionalInstanceOf(AuditImportView.class)).join(),
                found -> found.map(view -> view.evaluation() >= evaluation && view.pending() == null).orElse(false))
                .orElseThrow();
    }

    /** Waits until the flagged-searches read model holds all of the import's flagged searches, and returns them. */
    static FlaggedSearchPage awaitSearches(QueryGateway queries, String importId, AuditRule rule, long expected) {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> queries.query(
                        new FindFlaggedSearchesQuery(importId, null, rule, null, 0, 500),
                        ResponseTypes.instanceOf(FlaggedSearchPage.class)).join(),
                page -> page.total() == expected);
    }

    static Optional<AuditImportView> find(QueryGateway queries, String importId) {
        return queries.query(new FindAuditImportQuery(importId), ResponseTypes.optionalInstanceOf(AuditImportView.class))
                .join();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
