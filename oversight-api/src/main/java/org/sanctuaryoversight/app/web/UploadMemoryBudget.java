package org.sanctuaryoversight.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Bounds the memory that form posts with files hold while they are in flight (issue 18: twelve concurrent 50 MB posts
 * on a 1 GB heap ended in {@code OutOfMemoryError}): files are read into memory to be cleaned and sealed, never written
 * to disk in plaintext, so each post to an {@link UploadAllowance} path reserves its declared length (or the
 * allowance's maximum when it declares none) from {@code oversight.uploads.memory-budget} before its body is read, and
 * gives it back when it is answered. A post that does not fit is refused before its body is read (the container
 * discards up to {@code server.tomcat.max-swallow-size} of it, then answers) with {@code 503} and
 * {@code Retry-After}, whatever the number of clients; nothing of it is read or stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadMemoryBudget extends OncePerRequestFilter {

    /** Seconds a refused client is asked to wait: long enough for an upload in flight to finish. */
    static final int RETRY_AFTER_SECONDS = 30;

    private final long budget;
    private final List<UploadAllowance> allowances;
    private final AtomicLong reserved = new AtomicLong();

    UploadMemoryBudget(Settings settings, ObjectProvider<UploadAllowance> allowances) {
        this.budget = settings.memoryBudget().toBytes();
        this.allowances = allowances.orderedStream().toList();
    }

    /**
     * @param memoryBudget bytes that all form posts with files in flight together may hold (default 256MB); size it
     *                     well below the heap, leaving room for everything else the service does
     */
    @ConfigurationProperties("oversight.uploads")
    record Settings(DataSize memoryBudget) {
        Settings {
            memoryBudget = memoryBudget == null ? DataSize.ofMegabytes(256) : memoryBudget;
        }
    }

    /** Bytes reserved by uploads in flight now. */
    long reserved() {
        return reserved.get();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UploadAllowance allowance = allowances.stream().filter(a -> a.appliesTo(request)).findFirst().orElse(null);
        if (allowance == null) {
            chain.doFilter(request, response);
            return;
        }
        long declared = request.getContentLengthLong();
        long need = declared >= 0 ? Math.min(declared, allowance.maxBytes()) : allowance.maxBytes();
        if (!reserve(need)) {
            response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            response.setHeader("Connection", "close");
            // the body is never read: the error page's dispatch must not try to parse its parts
            request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new MaxUploadSizeExceededException(need));
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            reserved.addAndGet(-need);
        }
    }

    private boolean reserve(long need) {
        while (true) {
            long now = reserved.get();
            if (now + need > budget) {
                return false;
            }
            if (reserved.compareAndSet(now, now + need)) {
                return true;
            }
        }
    }
}
