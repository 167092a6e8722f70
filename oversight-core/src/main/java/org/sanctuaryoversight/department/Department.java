package org.sanctuaryoversight.department;

import java.util.Map;
import java.util.Objects;

/**
 * A city department, agency or commission the ordinance binds (police, jail, schools, public works…).
 *
 * @param code  a stable short code used in events and reports, e.g. {@code police}
 * @param names the department's display name per language tag, e.g. {@code en -> Police Department}
 */
public record Department(String code, Map<String, String> names) {
    public Department {
        Objects.requireNonNull(code, "code");
        names = Map.copyOf(names);
    }

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault("en", code));
    }
}
