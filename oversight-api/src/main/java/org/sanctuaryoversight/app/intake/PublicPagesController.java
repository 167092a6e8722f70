package org.sanctuaryoversight.app.intake;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public pages that only inform: the home page, the privacy notice and the accessibility statement. */
@Controller
class PublicPagesController {

    @GetMapping("/")
    String home() {
        return "intake/home";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "intake/privacy";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "intake/accessibility";
    }
}
