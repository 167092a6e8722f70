package org.sanctuaryoversight.surveillance;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who an agency named in a search log is: the city's configured directory first, then what the name itself
 * says. Flock writes federal agencies as {@code [Federal] Federal Bureau of Investigation (FBI)} and others
 * with their state, as in {@code Pasadena CA PD} or {@code Houston TX PD}: a state code other than the city's
 * means out of state. A name that says neither is {@link AgencyType#UNCLASSIFIED}, listed for the office to
 * classify in the directory. Answers are remembered per name, so a log of a million rows asks once per agency.
 */
final class AgencyDirectory {

    /** The states, districts and territories of the United States, as vendors abbreviate them. */
    static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP");
    private static final Pattern TWO_CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}{2})(?![\\p{L}\\p{N}])");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String FEDERAL_PREFIX = "[federal]";

    private final Map<String, AgencyType> configured = new HashMap<>();
    private final Map<String, List<String>> ownNames;
    private final String cityState;
    private final Map<String, AgencyType> remembered = new HashMap<>();

    AgencyDirectory(RuleSet rules) {
        rules.agencies().forEach((name, type) -> configured.put(key(name), type));
        this.ownNames = rules.ownAgencyNames();
        this.cityState = rules.cityState();
    }

    /** The lookup key of an agency name: spaces collapsed, case ignored. */
    static String key(String agency) {
        return display(agency).toLowerCase(Locale.ROOT);
    }

    /** An agency name as shown: trimmed, inner spaces collapsed. */
    static String display(String agency) {
        return agency == null ? "" : SPACES.matcher(agency.strip()).replaceAll(" ");
    }

    AgencyType classify(String department, String agency) {
        String key = key(agency);
        return remembered.computeIfAbsent(department + "\u0000" + key, ignored -> decide(department, agency, key));
    }

    private AgencyType decide(String department, String agency, String key) {
        AgencyType known = configured.get(key);
        if (known != null) {
            return known;
        }
        if (ownNames.getOrDefault(department, List.of()).stream().map(AgencyDirectory::key).anyMatch(key::equals)) {
            return AgencyType.OWN_DEPARTMENT;
        }
        if (key.startsWith(FEDERAL_PREFIX)) {
            return AgencyType.FEDERAL;
        }
        boolean otherState = false;
        Matcher codes = TWO_CAPITALS.matcher(display(agency));
        while (codes.find()) {
            String code = codes.group(1);
            if (code.equals(cityState)) {
                return AgencyType.LOCAL_IN_STATE;
            }
            otherState |= STATE_CODES.contains(code);
        }
        return otherState ? AgencyType.OUT_OF_STATE : AgencyType.UNCLASSIFIED;
    }
}
