package org.sanctuaryoversight.app.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the resident intake pages ({@code oversight.intake.*}).
 *
 * @param rateLimitRequests public form submissions (filing, status look-ups, messages) one client may make per window
 * @param apiRateLimitRequests submissions to the public JSON API (filing, status) one client may make per window;
 *                             higher, because a partner organisation files for many residents
 * @param rateLimitWindow   the window; the salt that hashes client addresses rotates with it, so nothing links windows
 * @param maxAttachments    files one complaint may carry
 * @param maxAttachmentSize largest file accepted; uploads are held in memory (never written to disk in
 *                          plaintext), so a form post may need {@code maxAttachments × maxAttachmentSize} of heap
 */
@ConfigurationProperties("oversight.intake")
record IntakeProperties(Integer rateLimitRequests, Integer apiRateLimitRequests, Duration rateLimitWindow,
                        Integer maxAttachments, DataSize maxAttachmentSize) {
    IntakeProperties {
        rateLimitRequests = rateLimitRequests == null ? 30 : rateLimitRequests;
        apiRateLimitRequests = apiRateLimitRequests == null ? 1_200 : apiRateLimitRequests;
        rateLimitWindow = rateLimitWindow == null ? Duration.ofMinutes(10) : rateLimitWindow;
        maxAttachments = maxAttachments == null ? 5 : maxAttachments;
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
    }

    /** The largest form post with files: every file at its largest, plus room for the text fields. */
    long maxUploadRequestBytes() {
        return maxAttachments * maxAttachmentSize.toBytes() + DataSize.ofMegabytes(1).toBytes();
    }
}
