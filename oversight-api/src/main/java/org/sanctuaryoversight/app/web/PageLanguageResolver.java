package org.sanctuaryoversight.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.i18n.AbstractLocaleContextResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of a request, always one we speak: the person's earlier choice (a {@code lang} cookie holding only
 * the language tag), else the first language of the browser's {@code Accept-Language} that we speak, else English.
 * A cookie written by hand or by an older version is matched like a browser's wish, never trusted as it is. Staff
 * pages ({@code /staff}, {@code /login} and the staff API) speak English and Spanish only: a resident's Arabic choice
 * shows them in English rather than as an English page labelled Arabic.
 */
final class PageLanguageResolver extends AbstractLocaleContextResolver {

    private final CookieLocaleResolver cookie = new CookieLocaleResolver("lang");

    PageLanguageResolver() {
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieHttpOnly(true);
        cookie.setCookieSameSite("Lax");
        cookie.setDefaultLocaleFunction(PageLanguageResolver::firstSpokenOfBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Languages.Language language = Languages.of(cookie.resolveLocale(request));
        return (isStaffPage(request) ? Languages.forStaff(language) : language).locale();
    }

    @Override
    public LocaleContext resolveLocaleContext(HttpServletRequest request) {
        return () -> resolveLocale(request); // lazily: the language switch may change it later in the request
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale wanted = context == null ? null : context.getLocale();
        cookie.setLocaleContext(request, response,
                Languages.match(wanted).map(language -> new SimpleLocaleContext(language.locale())).orElse(null));
    }

    /** The first language of the browser's list that we speak; the list is in the browser's order of preference. */
    static Locale firstSpokenOfBrowser(HttpServletRequest request) {
        for (Locale wanted : Collections.list(request.getLocales())) {
            var spoken = Languages.match(wanted);
            if (spoken.isPresent()) {
                return spoken.get().locale();
            }
        }
        return Languages.ENGLISH.locale();
    }

    static boolean isStaffPage(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith("/staff") || path.startsWith("/login") || path.startsWith("/api/v1/staff");
    }
}
