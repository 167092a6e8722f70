package org.sanctuaryoversight.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The password step of sign-in. After a right password an account that must (ombudsperson, administrator)
 * or chose to use a second factor, or that must change a one-time password, is only half signed in: it
 * holds the {@link #SECOND_STEP} authority and no role, and {@code /login/totp} finishes the sign-in.
 * Failures count against the rate limit every instance shares ({@link SignInAttempts}); a blocked caller gets 429
 * before the password is checked.
 */
class SignInFlow extends OncePerRequestFilter implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String SECOND_STEP = "SIGN_IN_SECOND_STEP";

    private final StaffAccounts accounts;
    private final SignInAttempts attempts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInFlow(StaffAccounts accounts, SignInAttempts attempts) {
        this.accounts = accounts;
        this.attempts = attempts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        String userId = authentication.getName();
        StaffAccountView account = accounts.find(userId).orElseThrow();
        if (!needsSecondStep(account)) {
            attempts.succeeded(userId);
            response.sendRedirect(request.getContextPath() + "/staff");
            return;
        }
        halfSignIn(userId, request, response);
    }

    /**
     * Continues a sign-in the city's identity provider vouched for: no password here, so only a second factor
     * the account must or chose to use stands between it and its role.
     */
    void continueSingleSignOn(StaffAccountView account, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (needsCode(account)) {
            halfSignIn(account.member().userId(), request, response);
            return;
        }
        completeSignIn(account, request, response);
        response.sendRedirect(request.getContextPath() + "/staff");
    }

    private void halfSignIn(String userId, HttpServletRequest request, HttpServletResponse response) throws IOException {
        UsernamePasswordAuthenticationToken half = UsernamePasswordAuthenticationToken.authenticated(userId, null,
                List.of(new SimpleGrantedAuthority(SECOND_STEP)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(half);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        response.sendRedirect(request.getContextPath() + "/login/totp");
    }

    static boolean needsSecondStep(StaffAccountView account) {
        return needsCode(account) || account.mustChangePassword();
    }

    /** Whether the account signs in with a TOTP code: it must (its role) or chose to (it enrolled). */
    static boolean needsCode(StaffAccountView account) {
        return account.totpRequired() || account.totpSecret() != null;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        attempts.failed(request.getParameter("username"), request.getRemoteAddr());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }

    /** Completes sign-in: the full principal with its role, in a new session id. */
    void completeSignIn(StaffAccountView account, HttpServletRequest request, HttpServletResponse response) {
        StaffPrincipal principal = new StaffPrincipal(account.member(), account.passwordHash(), true);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        request.changeSessionId();
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        attempts.succeeded(account.member().userId());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (attempts.blocked(request.getParameter("username"), request.getRemoteAddr())) {
            response.setStatus(429);
            request.getRequestDispatcher("/login/blocked").forward(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
