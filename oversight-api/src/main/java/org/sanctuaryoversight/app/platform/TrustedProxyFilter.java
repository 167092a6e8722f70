package org.sanctuaryoversight.app.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Believes {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only from the reverse proxy's own network
 * ({@code oversight.proxy.trusted-networks}): behind it, every resident would otherwise look like the proxy and
 * share one rate limit, and the service could not tell that the browser used HTTPS (no HSTS, no {@code Secure}
 * cookie). From anywhere else the headers are ignored, so a client cannot choose its own address.
 *
 * <p>The client address found here is used only to count requests under a hashed key ({@link ClientKeys}); it is
 * never logged. The rightmost {@code X-Forwarded-For} entry is the one the trusted proxy wrote.
 */
public class TrustedProxyFilter extends OncePerRequestFilter {

    private final List<IpAddressMatcher> trusted;

    public TrustedProxyFilter(List<String> trustedNetworks) {
        this.trusted = trustedNetworks.stream().map(String::strip).filter(n -> !n.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return trusted.isEmpty() || trusted.stream().noneMatch(network -> matches(network, request.getRemoteAddr()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new ForwardedRequest(request, client(request), "https".equalsIgnoreCase(
                String.valueOf(request.getHeader("X-Forwarded-Proto")).strip())), response);
    }

    private static String client(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() ? request.getRemoteAddr() : last;
    }

    private static boolean matches(IpAddressMatcher network, String address) {
        try {
            return network.matches(address);
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static final class ForwardedRequest extends HttpServletRequestWrapper {
        private final String client;
        private final boolean secure;

        ForwardedRequest(HttpServletRequest request, String client, boolean secure) {
            super(request);
            this.client = client;
            this.secure = secure;
        }

        @Override
        public String getRemoteAddr() {
            return client;
        }

        @Override
        public String getRemoteHost() {
            return client;
        }

        @Override
        public boolean isSecure() {
            return secure || super.isSecure();
        }

        @Override
        public String getScheme() {
            return secure ? "https" : super.getScheme();
        }

        /** The port the browser used: the one in its {@code Host} header, else HTTPS's own. */
        @Override
        public int getServerPort() {
            if (!secure || super.isSecure()) {
                return super.getServerPort();
            }
            String host = String.valueOf(getHeader("Host"));
            return host.matches(".*:\\d+") ? super.getServerPort() : 443;
        }

        @Override
        public StringBuffer getRequestURL() {
            if (!secure || super.isSecure()) {
                return super.getRequestURL();
            }
            StringBuffer url = new StringBuffer("https://").append(getServerName());
            if (getServerPort() != 443) {
                url.append(':').append(getServerPort());
            }
            return url.append(getRequestURI());
        }
    }
}
