package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces each handler's {@code @PreAuthorize} (the method's, else its class's) in the web layer, before Spring MVC
 * reads the request's body or parameters: a person without the role is refused with the same
 * {@link AccessDeniedException} method security threw (so the same 403 page or problem document), and the handler
 * never runs. Rules are role-only and sit only on controllers (an ArchUnit rule keeps it so), so no proxy is needed
 * and a controller may be a record. The question is {@link EndpointRules}', which also decides what pages offer: what
 * a page offers and what is enforced cannot disagree. A handler without a rule is left to the filter chains' URL rules.
 */
record PreAuthorizeInterceptor(EndpointRules rules) implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && !rules.permits(method)) {
            throw new AccessDeniedException("Access Denied");
        }
        return true;
    }
}
