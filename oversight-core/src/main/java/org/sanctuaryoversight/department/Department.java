package org.sanctuaryoversight.department;

import java.util.Map;
import java.util.Objects;

/**
 * A city department, agency or commission the ordinance binds (police, jail, schools, public works…).
 *
 * @param code  a stable short code used in events and reports, e.g. {@code police}
 * @param names the department's display name per language tag, e.g. {@code en -> Police Department},
 *              {@code zh-Hant -> 警察局}
 */
public record Department(String code, Map<String, String> names) {
    public Department {
        Objects.requireNonNull(code, "code");
        names = Map.copyOf(names);
    }

    /**
     * The name in a language ({@code vi}, {@code zh-Hant}): the name given for that exact tag, else for its language
     * alone ({@code zh}), else the English name, else the code.
     */
    public String name(String language) {
        return ConfiguredText.inLanguage(names, language, code);
    }
}
