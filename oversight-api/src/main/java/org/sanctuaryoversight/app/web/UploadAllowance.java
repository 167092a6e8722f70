package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

/**
 * A capability's exception to {@code oversight.api.max-request-bytes}: form posts with files
 * ({@code multipart/form-data}) to these paths may be up to {@code maxBytes}. Everything else keeps the
 * small limit, so a large body is accepted only where a person is known to send files.
 */
public record UploadAllowance(Set<String> paths, long maxBytes) {

    public UploadAllowance {
        paths = Set.copyOf(paths);
    }

    boolean appliesTo(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && paths.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
