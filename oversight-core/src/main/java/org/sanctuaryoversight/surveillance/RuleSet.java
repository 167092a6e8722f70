package org.sanctuaryoversight.surveillance;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sanctuaryoversight.digest.Sha256;

/**
 * The versioned settings of the audit rules: term lists, thresholds and the agency directory. Its
 * {@link #version()} is the office's label plus a fingerprint of every setting, so two different rule sets
 * never share a version even if the label was not changed; an import records the version it was checked
 * against, and a file may be evaluated again only under a different one.
 *
 * @param label             the office's name for this rule set, e.g. {@code 2026-1}
 * @param immigrationTerms  words or phrases that point to immigration enforcement (whole words, any case, accents ignored)
 * @param vagueReasons      reasons that state no purpose when they stand alone (e.g. "investigation")
 * @param requireCaseNumber whether the city's ALPR policy requires a case number for every search
 * @param burstSearches     more than this many searches by one agency within {@code burstWindow} is a burst
 * @param sideDoorWindow    how long after a federal agency asked a department for data its own searches are suspect
 * @param cityState         the city's two-letter state code: agencies of other states are out of state
 * @param agencies          the directory: agency name (as the vendor writes it) to its type; overrides the defaults
 * @param ownAgencyNames    per department code, the names its own organisation has in the vendor's logs
 */
public record RuleSet(String label, List<String> immigrationTerms, List<String> vagueReasons,
                      boolean requireCaseNumber, int burstSearches, Duration burstWindow, Duration sideDoorWindow,
                      String cityState, Map<String, AgencyType> agencies, Map<String, List<String>> ownAgencyNames) {

    /** Bumped when the rules' own code changes meaning, so old and new evaluations never share a version. */
    static final int RULES_REVISION = 1;

    public static final List<String> DEFAULT_IMMIGRATION_TERMS = List.of(
            "ICE", "ERO", "HSI", "CBP", "Border Patrol", "immigration", "immigrant", "deportation", "deport",
            "deported", "removal", "287(g)", "287g", "Homeland Security Investigations", "Enforcement and Removal",
            "Customs and Border Protection", "illegal alien", "undocumented",
            "inmigración", "inmigrante", "migración", "la migra", "deportación", "deportar", "deportado",
            "Patrulla Fronteriza", "indocumentado");

    public static final List<String> DEFAULT_VAGUE_REASONS = List.of(
            "investigation", "investigations", "investigative", "inv", "other", "other - not applicable",
            "not applicable", "n/a", "na", "none", "test", "testing", "misc", "general", "law enforcement",
            "investigación", "otro", "ninguno", "prueba");

    public RuleSet {
        immigrationTerms = List.copyOf(immigrationTerms);
        vagueReasons = List.copyOf(vagueReasons);
        agencies = Map.copyOf(agencies);
        ownAgencyNames = ownAgencyNames.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> List.copyOf(entry.getValue())));
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A rule set needs a label");
        }
        if (burstSearches < 1 || burstWindow == null || burstWindow.isNegative() || burstWindow.isZero()) {
            throw new IllegalArgumentException("A burst is more than a positive number of searches in a positive time");
        }
        if (sideDoorWindow == null || sideDoorWindow.isNegative()) {
            throw new IllegalArgumentException("The side-door window cannot be negative");
        }
        if (cityState == null || !cityState.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("The city's state is a two-letter code such as CA");
        }
    }

    /** The defaults: California, a case number required, more than 100 searches in an hour is a burst. */
    public static RuleSet defaults() {
        return new RuleSet("1", DEFAULT_IMMIGRATION_TERMS, DEFAULT_VAGUE_REASONS, true, 100, Duration.ofHours(1),
                Duration.ofHours(48), "CA", Map.of(), Map.of());
    }

    /**
     * These rules with the office's own classifications of agencies added to the directory; what city IT configured
     * wins where both name an agency. A new classification is a new rule version.
     */
    public RuleSet withOfficeClassifications(Map<String, AgencyType> office) {
        if (office.isEmpty()) {
            return this;
        }
        Map<String, AgencyType> merged = new java.util.LinkedHashMap<>();
        Map<String, String> configuredKeys = new java.util.HashMap<>();
        agencies.keySet().forEach(name -> configuredKeys.put(AgencyDirectory.key(name), name));
        office.forEach((name, type) -> {
            if (!configuredKeys.containsKey(AgencyDirectory.key(name))) {
                merged.put(name, type);
            }
        });
        merged.putAll(agencies);
        return new RuleSet(label, immigrationTerms, vagueReasons, requireCaseNumber, burstSearches, burstWindow,
                sideDoorWindow, cityState, merged, ownAgencyNames);
    }

    /** What these rules make of an agency named in a department's log (the directory, then the name itself). */
    public AgencyType classify(String department, String agency) {
        return new AgencyDirectory(this).classify(department, agency);
    }

    /** The label and a fingerprint of every setting, e.g. {@code 1+3fa2b1c9}. */
    public String version() {
        return label.strip() + "+" + fingerprint();
    }

    private String fingerprint() {
        StringBuilder canonical = new StringBuilder("revision=").append(RULES_REVISION)
                .append("\nterms=").append(sortedLower(immigrationTerms))
                .append("\nvague=").append(sortedLower(vagueReasons))
                .append("\ncaseNumber=").append(requireCaseNumber)
                .append("\nburst=").append(burstSearches).append('/').append(burstWindow)
                .append("\nsideDoor=").append(sideDoorWindow)
                .append("\nstate=").append(cityState);
        new TreeMap<>(agencies.entrySet().stream().collect(Collectors.toMap(
                entry -> AgencyDirectory.key(entry.getKey()), entry -> entry.getValue().name(), (a, b) -> a)))
                .forEach((name, type) -> canonical.append("\nagency=").append(name).append('=').append(type));
        new TreeMap<>(ownAgencyNames).forEach((department, names) -> {
            if (!names.isEmpty()) {
                canonical.append("\nown=").append(department).append('=').append(sortedLower(names));
            }
        });
        return Sha256.hexPrefix(canonical.toString(), 4);
    }

    private static String sortedLower(List<String> values) {
        return values.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).sorted().distinct()
                .collect(Collectors.joining("|"));
    }
}
