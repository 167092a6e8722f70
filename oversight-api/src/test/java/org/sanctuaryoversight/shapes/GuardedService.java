package org.sanctuaryoversight.shapes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A deliberate violation: a role rule on a service, which no proxy enforces any more (only handlers are checked).
 * Outside {@code org.sanctuaryoversight.app}, so the application's component scan never picks it up in tests.
 */
@Service
@PreAuthorize("hasRole('OMBUDSPERSON')")
public class GuardedService {
    void publish() {
    }
}
