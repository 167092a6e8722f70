package org.sanctuaryoversight.shapes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Not a violation: role rules on a controller and on its handler, where the web layer enforces them. Outside
 * {@code org.sanctuaryoversight.app}, so the application's component scan never adds its endpoint in tests.
 */
@RestController
@PreAuthorize("hasAnyRole('OMBUDSPERSON', 'INVESTIGATOR')")
public class RoleRulesOnAController {
    @PostMapping("/staff/example")
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    void publish() {
    }
}
