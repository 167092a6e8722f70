package org.sanctuaryoversight.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.sanctuaryoversight.app.platform.OversightProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Refuses request bodies over {@code oversight.api.max-request-bytes}: at once when the declared length
 * is too large, and while reading when a chunked body grows past it. Protects memory and keeps a single
 * client from filling the event store with one request. Form posts with files to the paths of an
 * {@link UploadAllowance} may be larger; when even those are too large, the person gets the site's error page
 * in their language (status 413) rather than a JSON problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final List<UploadAllowance> allowances;

    RequestSizeLimitFilter(OversightProperties properties, ObjectProvider<UploadAllowance> allowances) {
        this.maxBytes = properties.api().maxRequestBytes();
        this.allowances = allowances.orderedStream().toList();
    }

    static boolean isTooLarge(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UploadAllowance allowance = allowances.stream().filter(a -> a.appliesTo(request)).findFirst().orElse(null);
        if (allowance != null) {
            if (request.getContentLengthLong() > allowance.maxBytes()) {
                response.setHeader("Connection", "close");
                // Marks the request as one whose parts cannot be read, so the error page's dispatch does not try to
                // parse them again (Spring's DispatcherServlet skips multipart resolution after a MultipartException).
                request.setAttribute(RequestDispatcher.ERROR_EXCEPTION,
                        new MaxUploadSizeExceededException(allowance.maxBytes()));
                response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
                return;
            }
            // The servlet container parses the parts and enforces the same limit on a body without a length.
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            // Answered by ErrorResponses: a problem document on the API, the error page on pages, in the caller's
            // language (issue 18: this answer was English only). The body is never read.
            response.setHeader("Connection", "close");
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(maxBytes));
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    static final class BodyTooLargeException extends IOException {
        BodyTooLargeException() {
            super("Request body too large");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream delegate = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = delegate.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = delegate.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > maxBytes) {
                            throw new BodyTooLargeException();
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return delegate.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return delegate.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        delegate.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
