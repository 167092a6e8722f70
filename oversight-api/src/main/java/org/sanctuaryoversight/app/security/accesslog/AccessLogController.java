package org.sanctuaryoversight.app.security.accesslog;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The access log: every time a member of staff was shown a complainant's contact details, who, when, on which case,
 * and why; newest first. The administrator and the auditor read it; the people who view identities do not police
 * themselves. The same as JSON: {@link AccessLogApiController}.
 */
@Controller
record AccessLogController(IdentityAccess identityAccess) {

    static final String READERS = "hasAnyRole('ADMIN','AUDITOR')";
    static final int PAGE_SIZE = 50;

    @GetMapping("/staff/access-log")
    @PreAuthorize(READERS)
    String page(@RequestParam(defaultValue = "1") int page, Model model) {
        int pageNumber = Math.max(1, page);
        model.addAttribute("log", identityAccess.log(null, pageNumber - 1, PAGE_SIZE));
        model.addAttribute("page", pageNumber);
        return "security/access-log";
    }
}
