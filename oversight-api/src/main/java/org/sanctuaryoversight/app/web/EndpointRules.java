package org.sanctuaryoversight.app.web;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.Expression;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What an endpoint's own {@code @PreAuthorize} rule says for the signed-in person: both what is enforced
 * ({@link PreAuthorizeInterceptor}, before the handler's arguments are read) and what a page offers (the staff home's
 * areas, the publish button). A page offers a link or a button exactly when the endpoint behind it would answer,
 * because the two ask the same question here: the rule is written once, on the endpoint, found once (the method's
 * rule, else its class's) and evaluated once, with Spring Security's method-security expressions. An endpoint without
 * a rule of its own is left to the URL rules of the filter chains; a page treats it as open to everyone signed in
 * (the staff chain admits every role).
 */
@Component
public class EndpointRules {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final MethodSecurityExpressionHandler expressions;
    private final Map<Handler, Optional<Expression>> rules = new ConcurrentHashMap<>();
    private final Map<String, HandlerMethod> endpoints = new ConcurrentHashMap<>();
    private final Expression signedIn;

    public EndpointRules(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
                         ApplicationContext context) {
        this.mappings = mappings;
        DefaultMethodSecurityExpressionHandler handler = new DefaultMethodSecurityExpressionHandler();
        handler.setApplicationContext(context);
        this.expressions = handler;
        this.signedIn = expressions.getExpressionParser().parseExpression("isAuthenticated()");
    }

    /** Whether the signed-in person may call the endpoint mapped to {@code method} and the path pattern {@code path}. */
    public boolean allow(RequestMethod method, String path) {
        HandlerMethod handler = endpoints.computeIfAbsent(method + " " + path,
                key -> endpoint(method, path).createWithResolvedBean());
        return allows(handler, rule(handler).orElse(signedIn));
    }

    /**
     * What {@link PreAuthorizeInterceptor} enforces: the handler's own rule for the signed-in person. A handler without
     * one is not this check's to refuse.
     */
    boolean permits(HandlerMethod handler) {
        return rule(handler).map(rule -> allows(handler, rule)).orElse(true);
    }

    private boolean allows(HandlerMethod handler, Expression rule) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        var invocation = new SimpleMethodInvocation(handler.getBean(), handler.getMethod());
        return ExpressionUtils.evaluateAsBoolean(rule, expressions.createEvaluationContext(() -> authentication, invocation));
    }

    /** The handler's own rule: its method's {@code @PreAuthorize}, else its class's; read once per handler. */
    private Optional<Expression> rule(HandlerMethod handler) {
        return rules.computeIfAbsent(new Handler(handler.getBeanType(), handler.getMethod()), key -> {
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(key.method(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(key.type(), PreAuthorize.class);
            }
            return Optional.ofNullable(rule).map(found -> expressions.getExpressionParser().parseExpression(found.value()));
        });
    }

    private HandlerMethod endpoint(RequestMethod method, String path) {
        return mappings.getObject().getHandlerMethods().entrySet().stream()
                .filter(mapping -> answers(mapping.getKey(), method, path))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No endpoint answers " + method + " " + path));
    }

    private static boolean answers(RequestMappingInfo mapping, RequestMethod method, String path) {
        var methods = mapping.getMethodsCondition().getMethods();
        return mapping.getPatternValues().contains(path) && (methods.isEmpty() || methods.contains(method));
    }

    /** A handler as its rule depends on it: the method, and the class it is called on (whose rule applies). */
    private record Handler(Class<?> type, Method method) {
    }
}
