package org.sanctuaryoversight.app.security.accesslog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sanctuaryoversight.app.web.FieldError;
import org.sanctuaryoversight.app.web.InvalidRequestException;
import org.sanctuaryoversight.complaint.identity.IdentityAccessQueries.IdentityAccessLogPage;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log as JSON, newest first, for the administrator and the auditor (see {@link AccessLogController}). */
@RestController
record AccessLogApiController(IdentityAccess identityAccess, MessageSource messages) {

    /** @param page zero-based; @param size 1 to 200 (default 50) */
    @GetMapping("/api/v1/staff/access-log")
    @PreAuthorize(AccessLogController.READERS)
    IdentityAccessLogPage log(@RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "" + AccessLogController.PAGE_SIZE) int size, Locale locale) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", messages.getMessage("access.error.page", null, locale)));
        }
        if (size < 1 || size > 200) {
            errors.add(new FieldError("size", messages.getMessage("access.error.size", null, locale)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return identityAccess.log(null, page, size);
    }
}
