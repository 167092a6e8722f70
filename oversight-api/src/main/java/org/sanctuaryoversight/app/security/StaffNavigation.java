package org.sanctuaryoversight.app.security;

import java.util.List;
import org.sanctuaryoversight.app.security.signin.StaffPrincipal;
import org.sanctuaryoversight.app.web.EndpointRules;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The staff pages' navigation: the areas the signed-in person's role opens (the same table as the staff home), so
 * every staff page leads to the others and to sign-out. Nothing is added for the public.
 */
@ControllerAdvice
class StaffNavigation {

    private final EndpointRules rules;

    StaffNavigation(EndpointRules rules) {
        this.rules = rules;
    }

    @ModelAttribute("staffAreas")
    List<StaffHomeController.Area> staffAreas() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal)) {
            return List.of();
        }
        return StaffHomeController.areasOpen(rules);
    }
}
