package org.sanctuaryoversight.app.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The answer to a request the servlet container refuses before the application sees it (an over-long header, a request
 * line it cannot parse): Tomcat's own English "HTTP Status 400" page, which names the server, is replaced by a problem
 * document on the JSON API and a page of the site's look in both languages (the request's own headers, its
 * {@code Accept-Language} among them, are what could not be read). Issue 18.
 */
@Component
class ServerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final MessageSource messages;

    ServerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    /** After Spring Boot's own customizer, which adds a plain error report valve that this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(Report.class.getName());
                host.getPipeline().addValve(new Report(messages));
            }
        });
    }

    /** Tomcat's error report valve, writing our answer instead of its page. */
    static final class Report extends ErrorReportValve {

        private final MessageSource messages;

        /** For Tomcat, which may instantiate the valve by name; without messages it answers in English only. */
        public Report() {
            this(null);
        }

        Report(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith("/api/");
            String kind = status == 413 ? "tooLarge" : status == 404 ? "notFound" : status < 500 ? "badRequest" : "unexpected";
            try {
                response.setCharacterEncoding("UTF-8");
                String body;
                if (api) {
                    response.setContentType("application/problem+json");
                    String key = status == 413 ? "api.tooLarge" : status < 500 ? "api.badRequest" : "api.unexpected";
                    body = "{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\""
                            + json(text(key, Locale.ENGLISH) + " / " + text(key, Locale.forLanguageTag("es"))) + "\"}";
                } else {
                    response.setContentType("text/html");
                    body = page(kind);
                }
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was already used: nothing more to say
            }
        }

        private String page(String kind) {
            Locale en = Locale.ENGLISH;
            Locale es = Locale.forLanguageTag("es");
            return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + html("layout.error." + kind + ".title", en) + " / " + html("layout.error." + kind + ".title", es)
                    + "</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><main id=\"main\">"
                    + "<h1>" + html("layout.error." + kind + ".title", en) + "</h1><p>"
                    + html("layout.error." + kind + ".text", en) + "</p><p><a href=\"/\">" + html("layout.error.home", en)
                    + "</a></p><div lang=\"es\"><h2>" + html("layout.error." + kind + ".title", es) + "</h2><p>"
                    + html("layout.error." + kind + ".text", es) + "</p><p><a href=\"/\">" + html("layout.error.home", es)
                    + "</a></p></div></main></body></html>";
        }

        private String text(String key, Locale locale) {
            return messages == null ? key : messages.getMessage(key, null, key, locale);
        }

        private String html(String key, Locale locale) {
            return HtmlUtils.htmlEscape(text(key, locale), "UTF-8");
        }

        private static String json(String text) {
            return text.replace("\\", "\\\\").replace("\"", "\\\"");
        }
    }
}
