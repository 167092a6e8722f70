package org.sanctuaryoversight.app.federalrequest;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the federal request registry ({@code oversight.registry.*}); see docs/registry.md.
 *
 * @param documentationDeadlineDays a request documented more than this many days after it was received
 *                                  is flagged as late ("Public Record")
 * @param timeZone                  the city's time zone: the public register shows the month received in it
 * @param pageSize                  records per page of the public register
 */
@ConfigurationProperties("oversight.registry")
public record RegistryProperties(@DefaultValue("3") int documentationDeadlineDays,
                                 @DefaultValue("UTC") ZoneId timeZone,
                                 @DefaultValue("25") int pageSize) {
    public RegistryProperties {
        if (documentationDeadlineDays < 0) {
            throw new IllegalArgumentException("oversight.registry.documentation-deadline-days cannot be negative");
        }
        if (pageSize < 1 || pageSize > 500) {
            throw new IllegalArgumentException("oversight.registry.page-size must be between 1 and 500");
        }
    }
}
