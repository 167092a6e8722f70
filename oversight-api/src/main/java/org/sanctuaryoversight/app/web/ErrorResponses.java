package org.sanctuaryoversight.app.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the server answers when no controller did (issue 18): a request refused before any handler was found (405 for
 * a method the route does not take, 415 for a body that is not JSON, 413 for a declared length over the limit, a 400
 * from the servlet container). On the JSON API it is an RFC 9457 problem document in the caller's language; on pages,
 * the site's own error page (templates/error.html) in the person's language. Replaces Spring Boot's default error
 * controller, whose JSON is neither a problem document nor localised.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorResponses implements ErrorController {

    private final MessageSource messages;

    ErrorResponses(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && isApi(path, request.getContextPath())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    messages.getMessage(apiMessage(status), null, locale));
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("staffPage", uri instanceof String path && isStaffPage(request, path));
        return page;
    }

    /**
     * Whether an error page answers a signed-in staff member on a staff page: it then keeps the staff header (work
     * list, areas, sign-out) and leads back to the work list, not to the public home page.
     */
    static boolean isStaffPage(HttpServletRequest request, String requestUri) {
        String staff = request.getContextPath() + "/staff";
        return request.getUserPrincipal() != null && (requestUri.equals(staff) || requestUri.startsWith(staff + "/"));
    }

    static boolean isApi(String requestUri, String contextPath) {
        return requestUri.startsWith(contextPath + "/api/");
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The problem's detail, by status: the same words {@code ApiErrorHandler} uses when a controller refuses. */
    static String apiMessage(HttpStatus status) {
        return switch (status) {
            case METHOD_NOT_ALLOWED -> "api.methodNotAllowed";
            case UNSUPPORTED_MEDIA_TYPE -> "api.jsonOnly";
            case PAYLOAD_TOO_LARGE -> "api.tooLarge";
            case NOT_FOUND -> "api.notFound";
            case SERVICE_UNAVAILABLE -> "api.busy";
            case FORBIDDEN, UNAUTHORIZED -> "api.forbidden";
            default -> status.is4xxClientError() ? "api.badRequest" : "api.unexpected";
        };
    }
}
