package org.sanctuaryoversight.app.security.signin;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.staff.StaffAccountModule;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Each person's own personal access tokens for the JSON API ({@code /staff/tokens}): the live ones (created,
 * expiry), a button to create one, shown once, and a button to revoke each. Only an account that signs in with an
 * authenticator code may create one: a token must never be easier to get than the sign-in it replaces.
 */
@Controller
record AccessTokensPageController(AccessTokens tokens, StaffAccounts accounts, MessageSource messages,
                                  ReadModels readModels) {

    @GetMapping("/staff/tokens")
    String list(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return page(principal, model);
    }

    @PostMapping("/staff/tokens")
    String create(@AuthenticationPrincipal StaffPrincipal principal, Model model, HttpServletResponse response) {
        java.util.Optional<StaffAccountView> account = accounts.find(principal.member().userId())
                .filter(found -> found.totpSecret() != null && !found.disabled());
        if (account.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(principal, model);
        }
        AccessTokens.IssuedToken issued = tokens.issue(account.get());
        readModels.awaitCaughtUp(StaffAccountModule.PROCESSING_GROUP);
        // the token is in this response only: no browser or proxy may keep it
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issued", issued);
        return page(principal, model);
    }

    @PostMapping("/staff/tokens/{tokenId}/revoke")
    String revoke(@PathVariable String tokenId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                  RedirectAttributes redirect) {
        String userId = principal.member().userId();
        tokens.revoke(userId, tokenId, userId);
        readModels.awaitCaughtUp(StaffAccountModule.PROCESSING_GROUP);
        redirect.addFlashAttribute("confirmation", messages.getMessage("tokens.revoked", new Object[] {tokenId}, locale));
        return "redirect:/staff/tokens";
    }

    private String page(StaffPrincipal principal, Model model) {
        String userId = principal.member().userId();
        model.addAttribute("tokens", tokens.of(userId));
        model.addAttribute("mayCreate", accounts.find(userId).map(account -> account.totpSecret() != null).orElse(false));
        return "security/tokens";
    }
}
