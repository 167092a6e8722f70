package org.sanctuaryoversight.app.architecture.violations.upward;

import org.sanctuaryoversight.app.architecture.violations.ReachesIntoCasework;

/** A deliberate violation: depends on a class of the package that encloses its own. */
public class DependsUpward {
    ReachesIntoCasework enclosing = new ReachesIntoCasework();
}
