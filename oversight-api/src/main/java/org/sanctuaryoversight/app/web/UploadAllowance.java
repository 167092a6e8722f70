package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

/**
 * A capability's exception to {@code oversight.api.max-request-bytes}: form posts with files
 * ({@code multipart/form-data}) to these paths may be up to {@code maxBytes}. Everything else keeps the
 * small limit, so a large body is accepted only where a person is known to send files. A {@code *} in a path stands
 * for one segment ({@code /staff/cases/*}{@code /steps}).
 */
public record UploadAllowance(Set<String> paths, long maxBytes) {

    public UploadAllowance {
        paths = Set.copyOf(paths);
    }

    boolean appliesTo(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && matches(request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** A path, or a pattern where {@code *} stands for one path segment (an identifier). */
    private boolean matches(String path) {
        return paths.stream().anyMatch(pattern -> pattern.equals(path) || (pattern.contains("*")
                && path.matches(java.util.regex.Pattern.quote(pattern).replace("*", "\\E[^/]+\\Q"))));
    }
}
