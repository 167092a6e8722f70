package org.sanctuaryoversight.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * City single sign-on (OpenID Connect), when a client registration is configured. The identity provider
 * proves who the person is; this office decides what they may do: the ID token's
 * {@code oversight.security.oidc-username-claim} must name an existing, enabled staff account, whose role
 * and department apply. Nobody gets an account by signing in, and an account that needs a second factor
 * still gives it here ({@code /login/totp}). Any other outcome is "sign-in refused", with nothing kept.
 */
final class CitySignIn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String REFUSED_ERROR = "sso";
    static final String REFUSED = "/login?error=" + REFUSED_ERROR;

    private final StaffAccounts accounts;
    private final SignInFlow flow;
    private final String usernameClaim;

    CitySignIn(StaffAccounts accounts, SignInFlow flow, String usernameClaim) {
        this.accounts = accounts;
        this.flow = flow;
        this.usernameClaim = usernameClaim;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        Optional<StaffAccountView> account = Optional.empty();
        if (authentication.getPrincipal() instanceof OidcUser user) {
            String userId = user.getClaimAsString(usernameClaim);
            account = userId == null ? Optional.empty() : accounts.find(userId).filter(found -> !found.disabled());
        }
        if (account.isEmpty()) {
            refuse(request, response);
            return;
        }
        flow.continueSingleSignOn(account.get(), request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        refuse(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + REFUSED);
    }
}
