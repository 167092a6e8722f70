package org.sanctuaryoversight.app.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the service in one typed place; the README's configuration table documents each.
 * Defaults are safe for the embedded mode; production sets the MongoDB URI and the master key.
 */
@ConfigurationProperties(prefix = "oversight")
public record OversightProperties(
        @DefaultValue Mongo mongodb,
        @DefaultValue Embedded embedded,
        @DefaultValue Privacy privacy,
        @DefaultValue Receipt receipt,
        @DefaultValue Events events,
        @DefaultValue Api api,
        @DefaultValue Proxy proxy,
        @DefaultValue Sessions sessions,
        List<DepartmentEntry> departments) {

    /**
     * @param uri          a MongoDB connection string (env {@code OVERSIGHT_MONGODB_URI}); empty means embedded mode
     * @param passwordFile a file holding the password of the user the URI names (a Docker secret), so that the
     *                     password is in neither the environment nor the URI
     */
    public record Mongo(String uri, @DefaultValue("oversight") String database, Path passwordFile) {
        public boolean embedded() {
            return uri == null || uri.isBlank();
        }
    }

    /**
     * @param dataDirectory where the embedded database file and the generated master key live
     * @param persistent    false keeps everything in memory (tests); true writes {@code oversight.mv} in the data directory
     * @param port          0 picks a free port on 127.0.0.1
     * @param compactEvery  how often the file is compacted while running ({@code 0}: only at shutdown, which always
     *                      rewrites it with only its live data); see {@code FileCompaction}
     * @param compactBudget the most time one compaction while running may take (writes wait meanwhile)
     */
    public record Embedded(@DefaultValue("./data") Path dataDirectory, @DefaultValue("true") boolean persistent,
                           @DefaultValue("0") int port,
                           @DefaultValue("1h") java.time.Duration compactEvery,
                           @DefaultValue("30s") java.time.Duration compactBudget) {
    }

    /**
     * @param masterKey     base64 of 32 random bytes (env {@code OVERSIGHT_PRIVACY_MASTER_KEY})
     * @param masterKeyFile a file holding that base64 text (a Docker secret); one of the two is required with a
     *                      real MongoDB
     * @param newMasterKeyFile master-key rotation: a file holding the new master key (base64 of 32 bytes). At
     *                      start-up every data key is re-wrapped under it and the service runs with it; then point
     *                      {@code masterKeyFile} at it, remove this setting and destroy the old key (README,
     *                      "Rotating the master key"). The embedded mode writes it to {@code master.key} itself.
     */
    public record Privacy(String masterKey, Path masterKeyFile, Path newMasterKeyFile) {
    }

    /**
     * @param keyFile the receipt keys ({@code version:base64} lines, see ReceiptKeys), a secret file; embedded mode
     *                generates {@code receipt.key} in the data directory when it is not set
     */
    public record Receipt(Path keyFile) {
    }

    /**
     * @param gapTimeout         how long a reader waits for a reserved event number to be written, by its own clock
     * @param segments           event-processor segments per projection, shared among app instances
     * @param maxClaimedSegments how many of those segments one instance may claim; set it to
     *                           segments / instances when running several instances so each gets a share
     * @param nodeId             this instance's name in segment claims; empty means pid@host plus a random suffix
     * @param claimTimeout       after this long without a heartbeat, another instance may take a segment over;
     *                           instances compare claim times, so their clocks must be synchronised (NTP) to well
     *                           within it
     * @param readYourWritesTimeout how long a page waits for the read models to show what it just did
     * @param readYourWritesRecheck while a page waits, how often it re-reads the token store for segments another
     *                              instance processes (this instance's processors wake it the moment they store a
     *                              token; no signal can come from another instance)
     * @param retryAttempts      attempts to project an event (the first and the automatic retries) before it waits
     *                           in the dead-letter queue for an administrator
     * @param firstRetry         pause before the first retry of a failed event; it doubles with every retry
     * @param longestRetryPause  the pause between retries grows no longer than this
     * @param batchSize          events a processor handles per batch (per unit of work and token update)
     */
    public record Events(@DefaultValue("60s") Duration gapTimeout, @DefaultValue("4") int segments,
                         @DefaultValue("32767") int maxClaimedSegments, String nodeId,
                         @DefaultValue("30s") Duration claimTimeout,
                         @DefaultValue("5s") Duration readYourWritesTimeout, @DefaultValue("8") int retryAttempts,
                         @DefaultValue("1s") Duration firstRetry, @DefaultValue("10m") Duration longestRetryPause,
                         @DefaultValue("100") int batchSize,
                         @DefaultValue("250ms") Duration readYourWritesRecheck) {
    }

    /** @param maxRequestBytes requests with a larger body are refused with 413 before they are read */
    public record Api(@DefaultValue("262144") long maxRequestBytes) {
    }

    /**
     * @param trustedNetworks addresses or CIDR networks of the reverse proxy: only requests from these have their
     *                        {@code X-Forwarded-For} and {@code X-Forwarded-Proto} believed; empty trusts no one
     */
    public record Proxy(List<String> trustedNetworks) {
        public Proxy {
            trustedNetworks = trustedNetworks == null ? List.of() : List.copyOf(trustedNetworks);
        }
    }

    /** @param store {@code mongodb}: staff sessions shared by every instance; {@code memory}: one instance only */
    public record Sessions(@DefaultValue("mongodb") String store) {
        public Sessions {
            if (!"mongodb".equals(store) && !"memory".equals(store)) {
                throw new IllegalArgumentException("oversight.sessions.store must be 'mongodb' or 'memory', not '" + store + "'");
            }
        }
    }

    public record DepartmentEntry(String code, Map<String, String> names) {
    }
}
