package org.sanctuaryoversight.app.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page knows how to reach the office ({@code office} in the templates), so no page points at a number that does not exist. */
@ControllerAdvice
class OfficeContact {

    private final OfficeProperties office;

    OfficeContact(OfficeProperties office) {
        this.office = office;
    }

    @ModelAttribute("office")
    OfficeProperties office() {
        return office;
    }
}
