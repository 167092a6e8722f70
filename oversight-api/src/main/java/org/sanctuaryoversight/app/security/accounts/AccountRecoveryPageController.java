package org.sanctuaryoversight.app.security.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.function.Supplier;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.staff.StaffAccountModule;
import org.sanctuaryoversight.ruling.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an administrator does for someone locked out or leaving: clear a lost authenticator, hand over a new
 * one-time password (shown once), re-enable a disabled account, and disable one, after a confirmation page (a slip
 * of the mouse must not lock a colleague out). Never for one's own account: that is for another administrator, so a
 * stolen session cannot swap the second factor. Each action is one command, and its event names the administrator.
 */
@Controller
@PreAuthorize(StaffAccountsPageController.ADMIN)
record AccountRecoveryPageController(StaffAccounts accounts, MessageSource messages, ReadModels readModels) {

    /** "Disable ana?": the confirmation the list's button leads to; its form posts to the disable action. */
    @GetMapping("/staff/accounts/{userId}/disable")
    String confirmDisable(@PathVariable String userId, Model model, HttpServletResponse response) {
        if (accounts.find(userId).isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("userId", userId);
        return "security/account-disable";
    }

    @PostMapping("/staff/accounts/{userId}/totp-reset")
    String resetTotp(@PathVariable String userId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                     RedirectAttributes redirect, HttpServletResponse response, Model model) {
        return unlessOwnAccount(response, model, locale, () -> {
            accounts.resetTotp(userId, principal.member().userId());
            return done(redirect, "accounts.totpReset.done", userId, locale);
        });
    }

    @PostMapping("/staff/accounts/{userId}/password-reset")
    String resetPassword(@PathVariable String userId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                         HttpServletResponse response, Model model) {
        return unlessOwnAccount(response, model, locale, () -> {
            String password = accounts.resetPassword(userId, principal.member().userId());
            readModels.awaitCaughtUp(StaffAccountModule.PROCESSING_GROUP);
            // the one-time password is in this response only: no browser or proxy may keep it
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("userId", userId);
            model.addAttribute("oneTimePassword", password);
            return "security/account-reset";
        });
    }

    @PostMapping("/staff/accounts/{userId}/enable")
    String enable(@PathVariable String userId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                  RedirectAttributes redirect, HttpServletResponse response, Model model) {
        return unlessOwnAccount(response, model, locale, () -> {
            accounts.enable(userId, principal.member().userId());
            return done(redirect, "accounts.enabled", userId, locale);
        });
    }

    /**
     * Runs an administrator's action and returns the page it leads to; the account rules refuse it on the
     * administrator's own account, which answers 409 with the refusal page (another administrator must act).
     */
    private String unlessOwnAccount(HttpServletResponse response, Model model, Locale locale, Supplier<String> action) {
        try {
            return action.get();
        } catch (Refusal refused) {
            return refused(response, model, locale);
        }
    }

    private String done(RedirectAttributes redirect, String messageKey, String userId, Locale locale) {
        readModels.awaitCaughtUp(StaffAccountModule.PROCESSING_GROUP);
        redirect.addFlashAttribute("confirmation", messages.getMessage(messageKey, new Object[] {userId}, locale));
        return "redirect:/staff/accounts";
    }

    private String refused(HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("problem", messages.getMessage("accounts.error.self", null, locale));
        return "security/account-refused";
    }
}
