package org.sanctuaryoversight.app.surveillance;

import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditLogLayout;
import org.sanctuaryoversight.surveillance.RuleSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the surveillance data-sharing audit ({@code oversight.surveillance.*}); see docs/surveillance.md.
 *
 * @param maxUploadSize  the largest audit log accepted; a larger declared upload is refused before it is read
 * @param timeZone       the city's zone: days and months of searches and periods are counted in it
 * @param cityState      the city's state: agencies of other states are out of state (Cal. Civ. Code § 1798.90.55)
 * @param rules          the rule settings; every change gives a new rule version
 * @param agencies       the agency directory: agencies whose type the name does not tell, or tells wrongly
 * @param departments    the departments that run license-plate readers: their names in the vendor's logs, and
 *                       whether a missing month is flagged
 * @param logsDueFrom    the first month a log is due; empty means the month of {@code oversight.reports.effective-date}
 * @param logGraceDays   days after a month ends before its missing log is flagged
 * @param layouts        other vendors' export layouts, columns found by header name
 * @param workDirectory  where an upload waits, encrypted under a key that exists only in memory, between the passes
 */
@ConfigurationProperties("oversight.surveillance")
public record SurveillanceProperties(@DefaultValue("512MB") DataSize maxUploadSize,
                                     @DefaultValue("UTC") ZoneId timeZone,
                                     @DefaultValue("CA") String cityState,
                                     @DefaultValue Rules rules,
                                     List<AgencyEntry> agencies,
                                     List<DepartmentEntry> departments,
                                     YearMonth logsDueFrom,
                                     @DefaultValue("10") int logGraceDays,
                                     List<LayoutEntry> layouts,
                                     Path workDirectory) {

    public SurveillanceProperties {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        departments = departments == null ? List.of(new DepartmentEntry("police", List.of(), true))
                : List.copyOf(departments);
        layouts = layouts == null ? List.of() : List.copyOf(layouts);
        if (logGraceDays < 0) {
            throw new IllegalArgumentException("oversight.surveillance.log-grace-days cannot be negative");
        }
        if (maxUploadSize.toBytes() < 1) {
            throw new IllegalArgumentException("oversight.surveillance.max-upload-size must be positive");
        }
    }

    /**
     * @param label             the office's name for the rule set, part of its version
     * @param immigrationTerms  empty means the built-in English and Spanish list
     * @param vagueReasons      empty means the built-in list ("investigation", "other - not applicable"…)
     */
    public record Rules(@DefaultValue("1") String label, List<String> immigrationTerms, List<String> vagueReasons,
                        @DefaultValue("true") boolean requireCaseNumber, @DefaultValue("100") int burstSearches,
                        @DefaultValue("1h") Duration burstWindow, @DefaultValue("48h") Duration sideDoorWindow) {
    }

    public record AgencyEntry(String name, AgencyType type) {
    }

    /** @param agencyNames the department's organisation as the vendor names it, e.g. {@code Culver City CA PD} */
    public record DepartmentEntry(String code, List<String> agencyNames, @DefaultValue("true") boolean logsRequired) {
        public DepartmentEntry {
            agencyNames = agencyNames == null ? List.of() : List.copyOf(agencyNames);
        }
    }

    /**
     * @param columns     field to header, fields as in {@link AuditLogLayout.Field} (e.g. {@code searched-at: Date})
     * @param timePattern a java.time pattern such as {@code yyyy-MM-dd HH:mm:ss}; empty for ISO-8601
     */
    public record LayoutEntry(String name, Map<AuditLogLayout.Field, String> columns, String timePattern,
                              @DefaultValue("UTC") ZoneId timeZone, boolean ownSearches) {
    }

    RuleSet ruleSet() {
        return new RuleSet(rules.label(),
                rules.immigrationTerms() == null || rules.immigrationTerms().isEmpty()
                        ? RuleSet.DEFAULT_IMMIGRATION_TERMS : rules.immigrationTerms(),
                rules.vagueReasons() == null || rules.vagueReasons().isEmpty()
                        ? RuleSet.DEFAULT_VAGUE_REASONS : rules.vagueReasons(),
                rules.requireCaseNumber(), rules.burstSearches(), rules.burstWindow(), rules.sideDoorWindow(), cityState,
                agencies.stream().collect(java.util.stream.Collectors.toMap(AgencyEntry::name, AgencyEntry::type,
                        (first, second) -> second)),
                departments.stream().collect(java.util.stream.Collectors.toMap(DepartmentEntry::code,
                        DepartmentEntry::agencyNames, (first, second) -> second)));
    }

    List<AuditLogLayout> configuredLayouts() {
        return layouts.stream().map(entry -> AuditLogLayout.configured(entry.name(), entry.columns(),
                entry.timePattern() == null || entry.timePattern().isBlank() ? null : entry.timePattern(),
                entry.timeZone(), entry.ownSearches())).toList();
    }

    Path spoolDirectory() {
        return workDirectory == null ? Path.of(System.getProperty("java.io.tmpdir")) : workDirectory;
    }
}
