package org.sanctuaryoversight.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sanctuaryoversight.app.notification.Notifications;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.security.accounts.StaffAccounts;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.EndpointRules;
import org.sanctuaryoversight.app.web.WorkList;
import org.sanctuaryoversight.staff.StaffAccountModule;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where sign-in lands: who is signed in, what is waiting for them (the work list every capability contributes to),
 * the areas their role opens (and only those), their own address for notifications (optional), and sign-out.
 * The list is read from each area's own access rule; {@code StaffHomeTest} follows every link as every role.
 */
@Controller
record StaffHomeController(List<WorkList> workLists, StaffAccounts accounts, MessageSource messages,
                           ReadModels readModels, Notifications notifications, EndpointRules rules) {

    /** One staff area: its page. Who may open it is the page's own access rule, read through {@link EndpointRules}. */
    record Area(String key, String path) {
    }

    static final List<Area> AREAS = List.of(
            new Area("cases", "/staff/cases"),
            new Area("intake", "/staff/intake"),
            new Area("referrals", "/staff/department/referrals"),
            new Area("registry", "/staff/registry"),
            new Area("surveillance", "/staff/surveillance"),
            new Area("reports", "/staff/reports"),
            new Area("accessLog", "/staff/access-log"),
            new Area("accounts", "/staff/accounts"),
            new Area("deadLetters", "/staff/operations/dead-letters"),
            new Area("tokens", "/staff/tokens"));

    /** The areas whose page the signed-in person may open. */
    static List<Area> areasOpen(EndpointRules rules) {
        return AREAS.stream().filter(area -> rules.allow(RequestMethod.GET, area.path())).toList();
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", accounts.find(principal.member().userId())
                    .map(StaffAccountView::email).orElse(null));
        }
        model.addAttribute("mailEnabled", notifications.enabled());
        model.addAttribute("member", principal.member());
        model.addAttribute("areas", areasOpen(rules));
        model.addAttribute("work", workLists.stream().flatMap(list -> list.itemsFor(principal.member()).stream())
                .filter(item -> item.count() > 0)
                .sorted(java.util.Comparator.comparing(WorkList.WorkItem::urgent).reversed())
                .toList());
        return "security/home";
    }

    /** The person's own address for notifications (optional: empty clears it). */
    @PostMapping("/staff/email")
    String email(@RequestParam(required = false) String email, @AuthenticationPrincipal StaffPrincipal principal,
                 Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Optional<String> error = StaffAccounts.emailError(email);
        if (error.isPresent()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("email", email);
            model.addAttribute("emailError", messages.getMessage(error.get(), null, locale));
            return home(principal, model);
        }
        accounts.changeEmail(principal.member().userId(), email, principal.member());
        readModels.awaitCaughtUp(StaffAccountModule.PROCESSING_GROUP);
        redirect.addFlashAttribute("emailConfirmation", messages.getMessage(
                email == null || email.isBlank() ? "staff.email.cleared" : "staff.email.saved", null, locale));
        return "redirect:/staff#email-title";
    }
}
