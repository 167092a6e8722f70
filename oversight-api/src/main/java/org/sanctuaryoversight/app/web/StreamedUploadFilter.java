package org.sanctuaryoversight.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Claims the body of a {@link StreamedUpload} before anything asks for a request parameter: once the
 * application holds the input stream, the container answers parameters from the query string only and never
 * parses (and buffers) the multipart body itself. Runs right after the size limit, before security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StreamedUploadFilter extends OncePerRequestFilter {

    private final List<StreamedUpload> uploads;

    StreamedUploadFilter(ObjectProvider<StreamedUpload> uploads) {
        this.uploads = uploads.orderedStream().toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (uploads.stream().anyMatch(upload -> upload.appliesTo(request))) {
            request.getInputStream();
        }
        chain.doFilter(request, response);
    }
}
