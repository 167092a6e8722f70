package org.sanctuaryoversight.surveillance;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The columns of one vendor's search audit export, found by header name, never by position (Flock's
 * organisation audit gained and lost columns over time: 14 before December 2025, 13 after). Two public Flock
 * layouts are built in; the office configures others ({@code oversight.surveillance.layouts}).
 *
 * @param name        stored with each import, e.g. {@code flock-network}
 * @param headers     the header of each field as the vendor writes it (compared without case or extra spaces)
 * @param required    the fields a file must have for this layout to apply
 * @param excluded    headers whose presence means it is another layout (an organisation audit has no "Org Name")
 * @param timePattern a {@link java.time.format.DateTimeFormatter} pattern, or null for Flock's and ISO-8601 times
 * @param timeZone    the zone of times written without one
 * @param ownSearches every row is a search by the uploading department's own officers (no agency column)
 */
public record AuditLogLayout(String name, Map<Field, String> headers, Set<Field> required, Set<String> excluded,
                             String timePattern, ZoneId timeZone, boolean ownSearches) {

    /** What the audit reads from a row. The plate and the officer are read only to be left behind. */
    public enum Field {
        SEARCH_ID, OFFICER, AGENCY, PLATE, REASON, CASE_NUMBER, SEARCHED_AT, NETWORKS_SEARCHED, SEARCH_TYPE
    }

    /**
     * Other agencies' searches of the city's data: {@code ID, Name, Org Name, Total Networks Searched, License
     * Plate, Reason, Case #, Filters, Search Time, Search Type}, times like {@code 04/10/2026, 05:01:33 AM UTC}.
     */
    public static final AuditLogLayout FLOCK_NETWORK = new AuditLogLayout("flock-network", flock(true),
            EnumSet.of(Field.SEARCH_ID, Field.OFFICER, Field.AGENCY, Field.NETWORKS_SEARCHED, Field.PLATE,
                    Field.REASON, Field.CASE_NUMBER, Field.SEARCHED_AT, Field.SEARCH_TYPE),
            Set.of(), null, ZoneOffset.UTC, false);

    /** The department's own officers' searches: no organisation column; the rest found by name. */
    public static final AuditLogLayout FLOCK_ORGANIZATION = new AuditLogLayout("flock-organization", flock(false),
            EnumSet.of(Field.OFFICER, Field.PLATE, Field.REASON, Field.CASE_NUMBER, Field.SEARCHED_AT),
            Set.of("org name"), null, ZoneOffset.UTC, true);

    public static final List<AuditLogLayout> BUILT_IN = List.of(FLOCK_NETWORK, FLOCK_ORGANIZATION);

    public AuditLogLayout {
        Objects.requireNonNull(name, "name");
        headers = Map.copyOf(headers);
        required = Set.copyOf(required);
        excluded = excluded.stream().map(AuditLogLayout::normalize).collect(java.util.stream.Collectors.toUnmodifiableSet());
        timeZone = timeZone == null ? ZoneOffset.UTC : timeZone;
        for (Field field : required) {
            if (!headers.containsKey(field)) {
                throw new IllegalArgumentException("Layout " + name + " requires " + field + " but names no column for it");
            }
        }
        if (!headers.containsKey(Field.SEARCHED_AT) || !required.contains(Field.SEARCHED_AT)) {
            throw new IllegalArgumentException("Layout " + name + " needs the time of each search");
        }
        if (!ownSearches && !required.contains(Field.AGENCY)) {
            throw new IllegalArgumentException("Layout " + name + " needs the searching agency, or own-searches");
        }
    }

    /** A layout the office configures for another vendor. */
    public static AuditLogLayout configured(String name, Map<Field, String> headers, String timePattern,
                                            ZoneId timeZone, boolean ownSearches) {
        Set<Field> required = EnumSet.noneOf(Field.class);
        required.addAll(headers.keySet());
        return new AuditLogLayout(name, headers, required, Set.of(), timePattern, timeZone, ownSearches);
    }

    private static Map<Field, String> flock(boolean network) {
        Map<Field, String> headers = new LinkedHashMap<>();
        headers.put(Field.SEARCH_ID, "ID");
        headers.put(Field.OFFICER, "Name");
        if (network) {
            headers.put(Field.AGENCY, "Org Name");
        }
        headers.put(Field.NETWORKS_SEARCHED, "Total Networks Searched");
        headers.put(Field.PLATE, "License Plate");
        headers.put(Field.REASON, "Reason");
        headers.put(Field.CASE_NUMBER, "Case #");
        headers.put(Field.SEARCHED_AT, "Search Time");
        headers.put(Field.SEARCH_TYPE, "Search Type");
        return headers;
    }

    /** A header as compared: trimmed, case and repeated spaces ignored. */
    static String normalize(String header) {
        return header == null ? "" : header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Vendors write {@code ***} where a value was redacted from the export. */
    static boolean isRedacted(String value) {
        return value != null && value.strip().matches("\\*+");
    }

    /** The headers of the required fields, as the vendor writes them (for messages). */
    List<String> requiredHeaders() {
        return required.stream().sorted().map(headers::get).toList();
    }
}
