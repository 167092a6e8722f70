package org.sanctuaryoversight.app.report;

import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public reports; documented in docs/reports.md and the README's configuration table.
 *
 * @param effectiveDate        the ordinance's effective date: period 1 starts that day (UTC)
 * @param periodDays           length of a reporting period (the ordinance says 90)
 * @param smallCellThreshold   counts from 1 to this that describe complainants are published as a range
 * @param protectionWidth      a withheld cell must keep at least this many values of uncertainty beyond one
 * @param signingKeyFile       the office's Ed25519 private key (PKCS#8 PEM); empty in embedded mode generates
 *                             one under the data directory on first use; required with a real MongoDB
 * @param pageSize             the PDF page size of versions published from now on: {@code LETTER} or {@code A4}
 * @param keyFingerprintPublished where, besides this site, the office published its key's fingerprint (e.g. "the
 *                             council minutes of 2026-01-15"), shown on the reports page; empty shows nothing
 */
@ConfigurationProperties("oversight.reports")
public record ReportsProperties(@DefaultValue("2025-01-01") LocalDate effectiveDate,
                                @DefaultValue("90") int periodDays,
                                @DefaultValue("10") int smallCellThreshold,
                                @DefaultValue("2") int protectionWidth,
                                Path signingKeyFile,
                                @DefaultValue("LETTER") String pageSize,
                                String keyFingerprintPublished) {

    public ReportsProperties {
        if (!pageSize.equalsIgnoreCase("LETTER") && !pageSize.equalsIgnoreCase("A4")) {
            throw new IllegalArgumentException("oversight.reports.page-size must be LETTER or A4, not " + pageSize);
        }
    }
}
