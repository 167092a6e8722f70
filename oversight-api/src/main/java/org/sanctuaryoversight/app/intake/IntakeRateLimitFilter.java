package org.sanctuaryoversight.app.intake;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sanctuaryoversight.app.platform.ClientKeys;
import org.sanctuaryoversight.app.platform.SharedState;
import org.sanctuaryoversight.app.web.Languages;
import org.sanctuaryoversight.app.web.OfficeProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UrlPathHelper;

/**
 * Limits public submissions (filing a complaint, looking up a receipt code, sending a message) per client,
 * without CAPTCHA or third parties: 429 with a page in the person's language (and English and Spanish) for the browser, an RFC 9457 problem for
 * the JSON API. Page views are never limited; every receipt lookup is, by form, by JSON body or by header
 * ({@code GET} and {@code HEAD}, which the server answers with the same handler).
 *
 * <p>The route is matched as the server routes it, not as the client spelled it ({@link #route}): percent-encoded
 * letters, path parameters ({@code ;jsessionid=}), doubled slashes, dot segments and a trailing slash all reach the same
 * handler, so they all count against the same limit (issue 18: {@code /api/v1/%63omplaints} was never limited). The counts are shared by every instance (see
 * {@link ClientRateLimiter}); behind the proxy the client address is the resident's only when the proxy's
 * network is trusted ({@code oversight.proxy.trusted-networks}, see {@code TrustedProxyFilter}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class IntakeRateLimitFilter extends OncePerRequestFilter {

    /** Method and route of every limited request; {@code HEAD} is counted as the {@code GET} it is answered by. */
    static final Set<String> LIMITED = Set.of("POST /complaints", "POST /status", "POST /status/messages",
            "POST /status/withdrawal", "POST /api/v1/complaints", "POST /api/v1/complaints/status",
            "GET /api/v1/complaints/status");

    private static final UrlPathHelper DECODED_PATHS = new UrlPathHelper();

    private final ClientRateLimiter pages;
    private final ClientRateLimiter api;
    private final MessageSource messages;
    private final OfficeProperties office;
    private final LocaleResolver languages;

    IntakeRateLimitFilter(IntakeProperties properties, SharedState state, ClientKeys clients, Clock clock,
                          MessageSource messages, OfficeProperties office, LocaleResolver languages) {
        this.office = office;
        this.languages = languages;
        this.pages = new ClientRateLimiter("intake-pages", properties.rateLimitRequests(), properties.rateLimitWindow(),
                state, clients, clock);
        this.api = new ClientRateLimiter("intake-api", properties.apiRateLimitRequests(), properties.rateLimitWindow(),
                state, clients, clock);
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = "HEAD".equals(request.getMethod()) ? "GET" : request.getMethod();
        return !LIMITED.contains(method + " " + route(request));
    }

    /**
     * The path as the server routes it: decoded, without path parameters, with doubled slashes, dot segments and a
     * trailing slash removed. Spellings the router would not send to a handler may be counted too; none is missed.
     */
    static String route(HttpServletRequest request) {
        String path = DECODED_PATHS.getPathWithinApplication(request).replaceAll("/{2,}", "/");
        path = StringUtils.cleanPath(path);
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean api = route(request).startsWith("/api/");
        ClientRateLimiter limiter = api ? this.api : pages;
        if (limiter.tryAcquire(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(limiter.secondsUntilReset()));
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding("UTF-8");
        Languages.Language language = Languages.of(languages.resolveLocale(request));
        if (api) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"" + text("intake.rateLimit.text", language.locale()).replace("\\", "\\\\")
                    .replace("\"", "\\\"") + "\"}");
            return;
        }
        // In the person's language (their cookie or browser, as every page), then in English and Spanish too: the
        // person may have come from a shared computer set to a language they do not read.
        List<Languages.Language> shown = new ArrayList<>(List.of(language));
        Stream.of("en", "es").map(tag -> Languages.match(tag).orElseThrow()).filter(other -> !shown.contains(other))
                .forEach(shown::add);
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language.tag()).append("\" dir=\"")
                .append(direction(language)).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(html("intake.rateLimit.title", language.locale()))
                .append("</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\">");
        for (Languages.Language each : shown) {
            boolean first = each == language;
            page.append(first ? "<div>" : "<div lang=\"" + each.tag() + "\" dir=\"" + direction(each) + "\">")
                    .append(first ? "<h1>" : "<h2>").append(html("intake.rateLimit.title", each.locale()))
                    .append(first ? "</h1>" : "</h2>").append("<p>").append(html("intake.rateLimit.text", each.locale()))
                    .append("</p>").append(officeContact(each.locale())).append("</div>");
        }
        response.getWriter().write(page.append("</main></body></html>").toString());
    }

    private static String direction(Languages.Language language) {
        return language.rightToLeft() ? "rtl" : "ltr";
    }

    /** The office's phone, address and hours, where this page sends people (oversight.office.*). */
    private String officeContact(Locale locale) {
        if (!office.hasPhone()) {
            return "";
        }
        return "<p class=\"office-contact\">" + html("office.phone", locale) + ": <a class=\"office-phone\" dir=\"ltr\" href=\"tel:"
                + HtmlUtils.htmlEscape(office.phone().replace(" ", "")) + "\">" + HtmlUtils.htmlEscape(office.phone())
                + "</a> · " + HtmlUtils.htmlEscape(String.valueOf(office.address())) + " · "
                + HtmlUtils.htmlEscape(office.hoursIn(locale)) + "</p>";
    }

    private String html(String key, Locale locale) {
        return HtmlUtils.htmlEscape(text(key, locale), "UTF-8");
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
