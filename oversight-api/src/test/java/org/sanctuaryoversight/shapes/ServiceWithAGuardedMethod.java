package org.sanctuaryoversight.shapes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A deliberate violation: a role rule on a service's method, which no proxy enforces any more. Outside
 * {@code org.sanctuaryoversight.app}, so the application's component scan never picks it up in tests.
 */
@Service
public class ServiceWithAGuardedMethod {
    @PreAuthorize("hasRole('OMBUDSPERSON')")
    void publish() {
    }
}
