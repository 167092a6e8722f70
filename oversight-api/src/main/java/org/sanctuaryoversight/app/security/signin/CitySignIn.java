package org.sanctuaryoversight.app.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * City single sign-on (OpenID Connect), when a client registration is configured. The identity provider
 * proves who the person is; this office decides what they may do. At an account's first single sign-on the ID
 * token's {@code oversight.security.oidc-username-claim} must name an existing, enabled staff account that is not yet
 * bound, and the account is then bound to the token's issuer and subject: from then on only that identity signs in
 * as the account (a name claim can be reassigned or, at some providers, edited; issuer and subject cannot), and a
 * second identity naming the same account is refused. The first single sign-on also voids the account's unused
 * one-time password. Nobody gets an account by signing in, and an account that needs a second factor still gives it
 * here ({@code /login/totp}). Any other outcome is "sign-in refused", with nothing kept.
 */
public record CitySignIn(StaffAccounts accounts, SignInFlow flow, String usernameClaim)
        implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String REFUSED_ERROR = "sso";
    static final String REFUSED = "/login?error=" + REFUSED_ERROR;

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        Optional<StaffAccountView> account = Optional.empty();
        if (authentication.getPrincipal() instanceof OidcUser user && user.getIssuer() != null
                && user.getSubject() != null) {
            account = boundAccount(user.getIssuer().toString(), user.getSubject(), user.getClaimAsString(usernameClaim));
        }
        if (account.isEmpty() || account.get().disabled()) {
            refuse(request, response);
            return;
        }
        if (account.get().mustChangePassword()) {
            accounts.voidOneTimePassword(account.get().member().userId());
        }
        flow.continueSingleSignOn(account.get(), request, response);
    }

    /**
     * The account this identity is bound to; at its first single sign-on, the unbound account its name claim names,
     * which is bound now. Empty when the named account is bound to someone else.
     */
    private Optional<StaffAccountView> boundAccount(String issuer, String subject, String userId) {
        Optional<StaffAccountView> bound = accounts.findBySingleSignOn(issuer, subject);
        if (bound.isPresent()) {
            return bound;
        }
        Optional<StaffAccountView> named = userId == null ? Optional.empty() : accounts.find(userId);
        if (named.isEmpty() || named.get().disabled() || named.get().ssoIssuer() != null) {
            return Optional.empty();
        }
        try {
            accounts.bindSingleSignOn(userId, issuer, subject);
        } catch (org.sanctuaryoversight.ruling.Refusal boundMeanwhile) {
            return Optional.empty();
        }
        return named;
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
