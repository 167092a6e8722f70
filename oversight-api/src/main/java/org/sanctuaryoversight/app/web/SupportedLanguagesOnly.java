package org.sanctuaryoversight.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch ({@code ?lang=tag}, or a {@code lang} button of a form): chooses a language we speak, matched by
 * full tag ({@code zh-TW} is Traditional Chinese, see {@link Languages#match(String)}); anything else is ignored.
 */
final class SupportedLanguagesOnly implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final LocaleResolver resolver;

    SupportedLanguagesOnly(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Languages.match(request.getParameter(PARAMETER))
                .ifPresent(language -> resolver.setLocale(request, response, language.locale()));
        return true;
    }
}
