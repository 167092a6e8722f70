package org.sanctuaryoversight.app.security.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.security.accounts.StaffAccountInput.NewAccount;
import org.sanctuaryoversight.department.DepartmentDirectory;
import org.sanctuaryoversight.staff.StaffAccountModule;
import org.sanctuaryoversight.ruling.Refusal;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's accounts page: every account (name, role, department, status), a form to create one, which
 * shows the generated one-time password once (the new member of staff must choose their own at first sign-in), the
 * address each account's notifications go to (editable), and a button to disable an account (never one's own). Each
 * action is one command on the account aggregate.
 */
@Controller
@PreAuthorize(StaffAccountsPageController.ADMIN)
record StaffAccountsPageController(StaffAccounts accounts, DepartmentDirectory departments, MessageSource messages,
                                   ReadModels readModels) {

    static final String ADMIN = "hasRole('ADMIN')";

    @GetMapping("/staff/accounts")
    String list(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        return page(model, principal, new NewAccount("", "", "", ""), Map.of());
    }

    @PostMapping("/staff/accounts")
    String create(@RequestParam(required = false) String userId, @RequestParam(required = false) String displayName,
                  @RequestParam(required = false) String role, @RequestParam(required = false) String department,
                  @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                  HttpServletResponse response) {
        NewAccount account = new NewAccount(userId, displayName, role, department);
        Map<String, String> errors = StaffAccountInput.check(account, accounts, departments, messages, locale);
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, principal, account, errors);
        }
        String password = accounts.createWithOneTimePassword(account.member(), principal.member().userId());
        // the one-time password is in this response only: no browser or proxy may keep it
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("createdUserId", account.userId());
        model.addAttribute("oneTimePassword", password);
        return page(model, principal, new NewAccount("", "", "", ""), Map.of());
    }

    @PostMapping("/staff/accounts/{userId}/disable")
    String disable(@PathVariable String userId, @AuthenticationPrincipal StaffPrincipal principal, Locale locale,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            accounts.disable(userId, principal.member().userId());
        } catch (Refusal refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problem", messages.getMessage("accounts.error.disableSelf", null, locale));
            return page(model, principal, new NewAccount("", "", "", ""), Map.of());
        }
        redirect.addFlashAttribute("confirmation", messages.getMessage("accounts.disabled", new Object[] {userId}, locale));
        return "redirect:/staff/accounts";
    }

    /** Sets or clears ({@code email} empty) the address an account's notifications go to. */
    @PostMapping("/staff/accounts/{userId}/email")
    String email(@PathVariable String userId, @RequestParam(required = false) String email,
                 @AuthenticationPrincipal StaffPrincipal principal, Locale locale, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Optional<String> error = StaffAccounts.emailError(email);
        if (error.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("emailErrors", Map.of(userId, messages.getMessage(error.get(), null, locale)));
            model.addAttribute("emailDrafts", Map.of(userId, email));
            return page(model, principal, new NewAccount("", "", "", ""), Map.of());
        }
        accounts.changeEmail(userId, email, principal.member());
        readModels.awaitCaughtUp(StaffAccountModule.PROCESSING_GROUP);
        redirect.addFlashAttribute("confirmation", messages.getMessage(
                email == null || email.isBlank() ? "accounts.email.cleared" : "accounts.email.saved",
                new Object[] {userId}, locale));
        return "redirect:/staff/accounts";
    }

    private String page(Model model, StaffPrincipal principal, NewAccount draft, Map<String, String> errors) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("self", principal.member().userId());
        model.addAttribute("roles", StaffRole.values());
        model.addAttribute("departments", departments.all());
        model.addAttribute("draft", draft);
        model.addAttribute("accountErrors", errors);
        if (!model.containsAttribute("emailErrors")) {
            model.addAttribute("emailErrors", Map.of());
            model.addAttribute("emailDrafts", Map.of());
        }
        return "security/accounts";
    }
}
