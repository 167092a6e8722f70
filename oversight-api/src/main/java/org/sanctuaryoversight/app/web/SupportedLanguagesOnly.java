package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets the language switch choose only a language we have bundles for; anything else is ignored. */
final class SupportedLanguagesOnly implements HandlerInterceptor {

    private final LocaleChangeInterceptor delegate;

    SupportedLanguagesOnly(LocaleChangeInterceptor delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String wanted = request.getParameter(delegate.getParamName());
        boolean supported = wanted != null && WebConfiguration.SUPPORTED.stream()
                .anyMatch(locale -> locale.getLanguage().equals(wanted));
        return !supported || delegate.preHandle(request, response, handler);
    }
}
