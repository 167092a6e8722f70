package org.sanctuaryoversight.app.security.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
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
 * The password step of sign-in. After a right password an account that must (every role, unless
 * {@code oversight.security.totp-optional-roles} relaxes it) or chose to use a second factor, or that must change a one-time password, is only half signed in: it
 * holds the {@link #SECOND_STEP} authority and no role, and {@code /login/totp} finishes the sign-in.
 * Failures count against the rate limit every instance shares ({@link SignInAttempts}); a blocked caller gets 429
 * before the password is checked.
 */
public class SignInFlow extends OncePerRequestFilter implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    public static final String SECOND_STEP = "SIGN_IN_SECOND_STEP";

    private final StaffAccounts accounts;
    private final SignInAttempts attempts;
    private final java.util.Set<org.sanctuaryoversight.staff.StaffRole> totpOptionalRoles;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInFlow(StaffAccounts accounts, SignInAttempts attempts,
               java.util.Set<org.sanctuaryoversight.staff.StaffRole> totpOptionalRoles) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.totpOptionalRoles = java.util.Set.copyOf(totpOptionalRoles);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        String userId = authentication.getName();
        StaffAccountView account = accounts.find(userId).orElseThrow();
        if (!needsSecondStep(account)) {
            attempts.succeeded(userId, request.getRemoteAddr());
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

    boolean needsSecondStep(StaffAccountView account) {
        return needsCode(account) || account.mustChangePassword();
    }

    /**
     * Whether the account signs in with a TOTP code: it must (every role sees personal data: investigators case
     * material, liaisons their department's records, auditors the access log) unless its role was relaxed, or it
     * chose to (it enrolled).
     */
    boolean needsCode(StaffAccountView account) {
        return !totpOptionalRoles.contains(account.member().role()) || account.totpSecret() != null;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        attempts.failed(request.getParameter("username"), request.getRemoteAddr());
        // only the right one-time password gets here: saying it expired tells nothing to someone guessing
        response.sendRedirect(request.getContextPath() + (exception
                instanceof org.springframework.security.authentication.CredentialsExpiredException
                ? "/login?expired" : "/login?error"));
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
        attempts.succeeded(account.member().userId(), request.getRemoteAddr());
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
