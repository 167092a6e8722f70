package org.sanctuaryoversight.app.federalrequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the federal request registry ({@code oversight.registry.*}); see docs/registry.md.
 *
 * @param documentationDeadlineDays a request documented more than this many days after it was received
 *                                  is flagged as late ("Public Record")
 */
@ConfigurationProperties("oversight.registry")
public record RegistryProperties(@DefaultValue("3") int documentationDeadlineDays) {
    public RegistryProperties {
        if (documentationDeadlineDays < 0) {
            throw new IllegalArgumentException("oversight.registry.documentation-deadline-days cannot be negative");
        }
    }
}
