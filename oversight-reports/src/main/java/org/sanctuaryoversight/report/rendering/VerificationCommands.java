package org.sanctuaryoversight.report.rendering;

import java.util.List;

/**
 * How a reader checks a downloaded bundle: the key the site serves must have the fingerprint the office published
 * elsewhere, every file must match {@code SHA256SUMS}, and {@code SHA256SUMS} must carry the office's signature.
 * One text for the bundle's pages, its methodology and the reports page (OpenSSL 3.0 or later).
 */
public final class VerificationCommands {

    public static final String SERVED_KEY = "served-key.pem";

    public static final List<String> LINES = List.of(
            "openssl pkey -pubin -in " + SERVED_KEY + " -outform DER | sha256sum",
            "sha256sum -c SHA256SUMS",
            "openssl pkeyutl -verify -pubin -inkey " + SERVED_KEY + " -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig");

    private VerificationCommands() {
    }
}
