package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;

/**
 * Form posts with a file to these paths are read by their controller as a stream, part by part, instead of
 * being parsed whole by the servlet container first (which would hold the file in memory, as the complaint
 * forms want). For files far larger than memory, such as a year of license-plate searches. The CSRF token of
 * such a form travels in its action URL, since the body is not parsed before the controller reads it.
 */
public record StreamedUpload(Set<String> paths) {

    public StreamedUpload {
        paths = Set.copyOf(paths);
    }

    public boolean appliesTo(HttpServletRequest request) {
        String contentType = request.getContentType();
        return "POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                && paths.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
