package org.sanctuaryoversight.app.security.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.sanctuaryoversight.staff.Totp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in pages: the password form ({@code /login}) and the second step ({@code /login/totp}). */
@Controller
class SignInController {

    static final String NEW_SECRET = "signin.totp.new";

    private final StaffAccounts accounts;
    private final org.sanctuaryoversight.app.platform.ReadModels readModels;
    private final SignInAttempts attempts;
    private final SignInFlow flow;
    private final Clock clock;

    private final List<ClientRegistration> cityIdentityProviders;

    SignInController(StaffAccounts accounts, SignInAttempts attempts, SignInFlow flow, Clock clock,
                     ObjectProvider<ClientRegistrationRepository> registrations,
                     org.sanctuaryoversight.app.platform.ReadModels readModels) {
        this.readModels = readModels;
        this.accounts = accounts;
        this.attempts = attempts;
        this.flow = flow;
        this.clock = clock;
        List<ClientRegistration> providers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            all.forEach(registration -> providers.add((ClientRegistration) registration));
        }
        this.cityIdentityProviders = List.copyOf(providers);
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 @RequestParam(required = false) String disabled, @RequestParam(required = false) String expired,
                 Model model) {
        model.addAttribute("oneTimePasswordExpired", expired != null);
        model.addAttribute("singleSignOnRefused", CitySignIn.REFUSED_ERROR.equals(error));
        model.addAttribute("loginError", error != null && !CitySignIn.REFUSED_ERROR.equals(error));
        model.addAttribute("cityIdentityProviders", cityIdentityProviders);
        model.addAttribute("loggedOut", logout != null);
        model.addAttribute("accountDisabled", disabled != null);
        return "security/login";
    }

    @RequestMapping("/login/blocked")
    String blocked(HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        return "security/blocked";
    }

    @GetMapping("/login/totp")
    String secondStep(Authentication authentication, HttpSession session, Model model) {
        Optional<StaffAccountView> account = halfSignedIn(authentication);
        if (account.isEmpty()) {
            return "redirect:/staff";
        }
        return page(account.get(), session, model, null, null);
    }

    @PostMapping("/login/totp")
    String finishSignIn(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String newPassword,
                        @RequestParam(defaultValue = "") String confirmPassword, Authentication authentication,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<StaffAccountView> found = halfSignedIn(authentication);
        if (found.isEmpty()) {
            return "redirect:/staff";
        }
        StaffAccountView account = found.get();
        String userId = account.member().userId();
        if (attempts.blocked(userId, request.getRemoteAddr())) {
            return blocked(response);
        }
        HttpSession session = request.getSession();
        boolean codeNeeded = flow.needsCode(account);
        byte[] enrolled = accounts.totpSecret(account).orElse(null);
        byte[] secret = enrolled != null ? enrolled : (byte[]) session.getAttribute(NEW_SECRET);
        OptionalLong step = !codeNeeded || secret == null ? OptionalLong.empty()
                : Totp.matchingStep(secret, code.strip(), clock.instant());
        if (codeNeeded && step.isEmpty()) {
            attempts.failed(userId, request.getRemoteAddr());
            return page(account, session, model, "security.totp.code.wrong", null);
        }
        if (account.mustChangePassword()) {
            if (newPassword.length() < StaffAccounts.MIN_PASSWORD_LENGTH) {
                return page(account, session, model, null, "security.password.tooShort");
            }
            if (!newPassword.equals(confirmPassword)) {
                return page(account, session, model, null, "security.password.mismatch");
            }
        }
        // The code is spent only now, when the sign-in completes: a rejected new password does not burn it.
        if (codeNeeded && !attempts.firstUseOfStep(userId, step.getAsLong())) {
            attempts.failed(userId, request.getRemoteAddr());
            return page(account, session, model, "security.totp.code.used", null);
        }
        if (codeNeeded && enrolled == null) {
            accounts.enrollTotp(userId, secret);
            session.removeAttribute(NEW_SECRET);
        }
        if (account.mustChangePassword()) {
            accounts.changePassword(userId, newPassword);
        }
        // the pages after sign-in read the account (enrolled, password changed): show them the new state
        readModels.awaitCaughtUp(org.sanctuaryoversight.staff.StaffAccountModule.PROCESSING_GROUP);
        flow.completeSignIn(account, request, response);
        return "redirect:/staff";
    }

    private String page(StaffAccountView account, HttpSession session, Model model, String codeError,
                        String passwordError) {
        boolean codeNeeded = flow.needsCode(account);
        if (codeNeeded && account.totpSecret() == null) {
            byte[] secret = (byte[]) session.getAttribute(NEW_SECRET);
            if (secret == null) {
                secret = StaffAccounts.newTotpSecret();
                session.setAttribute(NEW_SECRET, secret);
            }
            model.addAttribute("newSecret", Totp.base32(secret));
            String otpauth = "otpauth://totp/SanctuaryOversight:" + account.member().userId()
                    + "?secret=" + Totp.base32(secret) + "&issuer=SanctuaryOversight&digits=6&period=30";
            model.addAttribute("otpauth", otpauth);
            model.addAttribute("qrCode", QrCodeSvg.of(otpauth));
        }
        model.addAttribute("codeNeeded", codeNeeded);
        model.addAttribute("mustChangePassword", account.mustChangePassword());
        model.addAttribute("codeError", codeError);
        model.addAttribute("passwordError", passwordError);
        return "security/totp";
    }

    private Optional<StaffAccountView> halfSignedIn(Authentication authentication) {
        if (authentication == null || authentication.getAuthorities().stream()
                .noneMatch(a -> SignInFlow.SECOND_STEP.equals(a.getAuthority()))) {
            return Optional.empty();
        }
        return accounts.find(authentication.getName());
    }
}
