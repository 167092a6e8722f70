package org.sanctuaryoversight.app.security;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sanctuaryoversight.app.notification.Notifications;
import org.sanctuaryoversight.app.platform.ReadModels;
import org.sanctuaryoversight.app.web.WorkList;
import org.sanctuaryoversight.staff.StaffAccountModule;
import org.sanctuaryoversight.staff.StaffAccountView;
import org.sanctuaryoversight.staff.StaffRole;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where sign-in lands: who is signed in, what is waiting for them (the work list every capability contributes to),
 * the areas their role opens (and only those), their own address for notifications (optional), and sign-out.
 * The list mirrors the access rules of each area; {@code StaffHomeTest} follows every link as every role.
 */
@Controller
class StaffHomeController {

    /** One staff area: its page and the roles it is open to. */
    record Area(String key, String path, Set<StaffRole> roles) {
    }

    static final List<Area> AREAS = List.of(
            new Area("cases", "/staff/cases", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.AUDITOR)),
            new Area("intake", "/staff/intake", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR, StaffRole.ADMIN)),
            new Area("referrals", "/staff/department/referrals", EnumSet.of(StaffRole.DEPARTMENT_LIAISON)),
            new Area("registry", "/staff/registry", EnumSet.of(StaffRole.DEPARTMENT_LIAISON, StaffRole.OMBUDSPERSON)),
            new Area("surveillance", "/staff/surveillance", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.INVESTIGATOR,
                    StaffRole.AUDITOR, StaffRole.DEPARTMENT_LIAISON)),
            new Area("reports", "/staff/reports", EnumSet.of(StaffRole.OMBUDSPERSON, StaffRole.ADMIN, StaffRole.AUDITOR)),
            new Area("accessLog", "/staff/access-log", EnumSet.of(StaffRole.ADMIN, StaffRole.AUDITOR)),
            new Area("accounts", "/staff/accounts", EnumSet.of(StaffRole.ADMIN)),
            new Area("deadLetters", "/staff/operations/dead-letters", EnumSet.of(StaffRole.ADMIN)),
            new Area("tokens", "/staff/tokens", EnumSet.allOf(StaffRole.class)));

    static List<Area> areasOf(StaffRole role) {
        return AREAS.stream().filter(area -> area.roles().contains(role)).toList();
    }

    private final List<WorkList> workLists;
    private final StaffAccounts accounts;
    private final MessageSource messages;
    private final ReadModels readModels;
    private final Notifications notifications;

    StaffHomeController(List<WorkList> workLists, StaffAccounts accounts, MessageSource messages, ReadModels readModels,
                        Notifications notifications) {
        this.workLists = workLists;
        this.accounts = accounts;
        this.messages = messages;
        this.readModels = readModels;
        this.notifications = notifications;
    }

    @GetMapping("/staff")
    String home(@AuthenticationPrincipal StaffPrincipal principal, Model model) {
        if (!model.containsAttribute("email")) {
            model.addAttribute("email", accounts.find(principal.member().userId())
                    .map(StaffAccountView::email).orElse(null));
        }
        model.addAttribute("mailEnabled", notifications.enabled());
        StaffRole role = principal.member().role();
        model.addAttribute("member", principal.member());
        model.addAttribute("areas", areasOf(role));
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
