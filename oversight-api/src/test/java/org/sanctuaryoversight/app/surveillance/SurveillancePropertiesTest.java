package org.sanctuaryoversight.app.surveillance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.surveillance.AgencyType;
import org.sanctuaryoversight.surveillance.AuditLogUpload;
import org.sanctuaryoversight.surveillance.ImportingAuditLog;
import org.sanctuaryoversight.surveillance.RuleSet;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The settings bind as README and docs/surveillance.md write them, and a configured vendor layout reads its files. */
class SurveillancePropertiesTest {

    static SurveillanceProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("oversight.surveillance", SurveillanceProperties.class);
    }

    @Test
    void the_defaults_are_the_documented_ones() {
        SurveillanceProperties defaults = bind(Map.of());
        assertThat(defaults.maxUploadSize().toMegabytes()).isEqualTo(512);
        assertThat(defaults.departments()).singleElement().satisfies(d -> assertThat(d.code()).isEqualTo("police"));
        RuleSet rules = defaults.ruleSet();
        assertThat(rules.immigrationTerms()).contains("ICE", "287(g)", "deportación");
        assertThat(rules.burstSearches()).isEqualTo(100);
        assertThat(rules.burstWindow()).isEqualTo(Duration.ofHours(1));
        assertThat(rules.version()).isEqualTo(RuleSet.defaults().version());
    }

    @Test
    void the_directory_a_vendor_layout_and_the_rules_bind_and_change_the_rule_version() throws Exception {
        SurveillanceProperties configured = bind(Map.ofEntries(
                Map.entry("oversight.surveillance.agencies[0].name", "US Postal Inspection Service"),
                Map.entry("oversight.surveillance.agencies[0].type", "FEDERAL"),
                Map.entry("oversight.surveillance.rules.label", "2026-2"),
                Map.entry("oversight.surveillance.rules.burst-searches", "40"),
                Map.entry("oversight.surveillance.layouts[0].name", "vigilant"),
                Map.entry("oversight.surveillance.layouts[0].columns.searched-at", "Query Date"),
                Map.entry("oversight.surveillance.layouts[0].columns.agency", "Agency"),
                Map.entry("oversight.surveillance.layouts[0].columns.reason", "Purpose"),
                Map.entry("oversight.surveillance.layouts[0].columns.case-number", "Case"),
                Map.entry("oversight.surveillance.layouts[0].columns.plate", "Plate"),
                Map.entry("oversight.surveillance.layouts[0].time-pattern", "yyyy-MM-dd HH:mm"),
                Map.entry("oversight.surveillance.layouts[0].time-zone", "America/Los_Angeles")));
        RuleSet rules = configured.ruleSet();
        assertThat(rules.agencies()).containsEntry("US Postal Inspection Service", AgencyType.FEDERAL);
        assertThat(rules.version()).startsWith("2026-2+").isNotEqualTo(RuleSet.defaults().version());

        ImportingAuditLog importing = new ImportingAuditLog(null, null, null, rules, configured.configuredLayouts(),
                configured.timeZone(), Clock.systemUTC());
        String file = "Plate,Agency,Query Date,Purpose,Case,Unit\n"
                + "7ABC123,US Postal Inspection Service,2026-04-10 05:01,mail theft,26-1,7\n";
        var log = importing.validate(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                new AuditLogUpload("police", null, null, null));
        assertThat(log.layout().name()).isEqualTo("vigilant");
        assertThat(log.firstSearchAt()).isEqualTo(Instant.parse("2026-04-10T12:01:00Z"));
    }
}
