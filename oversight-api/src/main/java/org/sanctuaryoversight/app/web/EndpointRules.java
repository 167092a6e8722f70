package org.sanctuaryoversight.app.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What an endpoint's own {@code @PreAuthorize} rule says for the signed-in person. A page offers a link or a button
 * exactly when the endpoint behind it would answer, so the rule is written once, on the endpoint, and read here (the
 * staff home's areas, the publish button) instead of being restated beside it where the two could drift apart. An
 * endpoint without a rule of its own is open to everyone signed in (the staff chain admits every role).
 */
@Component
public class EndpointRules {

    private static final ExpressionParser PARSER = new SpelExpressionParser();

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final Map<String, Expression> rules = new ConcurrentHashMap<>();

    public EndpointRules(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** Whether the signed-in person may call the endpoint mapped to {@code method} and the path pattern {@code path}. */
    public boolean allow(RequestMethod method, String path) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        SecurityExpressionRoot root = new SecurityExpressionRoot(authentication) {
        };
        root.setTrustResolver(new AuthenticationTrustResolverImpl());
        Expression rule = rules.computeIfAbsent(method + " " + path, key -> rule(method, path));
        return Boolean.TRUE.equals(rule.getValue(new StandardEvaluationContext(root), Boolean.class));
    }

    private Expression rule(RequestMethod method, String path) {
        HandlerMethod handler = mappings.getObject().getHandlerMethods().entrySet().stream()
                .filter(mapping -> answers(mapping.getKey(), method, path))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No endpoint answers " + method + " " + path));
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return PARSER.parseExpression(rule == null ? "isAuthenticated()" : rule.value());
    }

    private static boolean answers(RequestMappingInfo mapping, RequestMethod method, String path) {
        var methods = mapping.getMethodsCondition().getMethods();
        return mapping.getPatternValues().contains(path) && (methods.isEmpty() || methods.contains(method));
    }
}
