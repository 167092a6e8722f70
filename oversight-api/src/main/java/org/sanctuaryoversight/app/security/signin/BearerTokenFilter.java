package org.sanctuaryoversight.app.security.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a JSON API request by its {@code Authorization: Bearer} personal access token ({@link AccessTokens}).
 * Any other credential (HTTP Basic included: the API takes no password, which has no second factor) and any
 * unknown, expired or revoked token is a failed sign-in: it counts against the limit the sign-in page shares
 * ({@link SignInAttempts}, per client), and once the client is blocked every credential is refused with 429 before
 * it is looked up. Answers are RFC 9457 problem documents in the caller's language (English or Spanish).
 */
public final class BearerTokenFilter extends OncePerRequestFilter implements AuthenticationEntryPoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccessTokens tokens;
    private final SignInAttempts attempts;
    private final MessageSource messages;

    public BearerTokenFilter(AccessTokens tokens, SignInAttempts attempts, MessageSource messages) {
        this.tokens = tokens;
        this.attempts = attempts;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            chain.doFilter(request, response);
            return;
        }
        if (attempts.clientBlocked(request.getRemoteAddr())) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(attempts.window().toSeconds()));
            problem(request, response, 429, "Too Many Requests", "security.api.blocked");
            return;
        }
        Optional<StaffPrincipal> principal = authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? tokens.authenticate(authorization.substring(7).strip()) : Optional.empty();
        if (principal.isEmpty()) {
            attempts.failedFromClient(request.getRemoteAddr());
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problem(request, response, 401, "Unauthorized", "security.api.tokenInvalid");
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** No credential on a staff endpoint. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        problem(request, response, 401, "Unauthorized", "security.api.tokenMissing");
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                         String messageKey) throws IOException {
        Locale locale = request.getLocale() != null && "es".equals(request.getLocale().getLanguage())
                ? Locale.forLanguageTag("es") : Locale.ENGLISH;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", messages.getMessage(messageKey, null, locale));
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body);
    }
}
