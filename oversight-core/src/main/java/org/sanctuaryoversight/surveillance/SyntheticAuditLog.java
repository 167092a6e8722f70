package org.sanctuaryoversight.surveillance;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Writes realistic, entirely made-up Flock Safety search audit logs, for tests, benchmarks and trying the
 * audit out: the documented headers, quoting, UTC times like {@code 04/10/2026, 05:01:33 AM UTC}, federal
 * and out-of-state organisations, reasons in English and Spanish (some with words like "police" or
 * "service" that must not read as "ICE"), blank case numbers, and a handful of planted searches of each kind
 * the rules look for. Rows stream out newest first, as Flock exports them, in constant memory.
 *
 * <p>The {@link Manifest} counts what was planted, by construction and not by running the rules, so a test
 * can compare the audit's flags with it.
 */
public final class SyntheticAuditLog {

    public enum Layout {
        /** Other agencies' searches of the city's data: 10 columns. */
        NETWORK,
        /** The department's own officers, before Flock's December 2025 change: 14 columns. */
        ORGANIZATION_14,
        /** The same after it: 13 columns, in another order. */
        ORGANIZATION_13
    }

    /**
     * @param ownAgency       the department's name in the vendor's logs (configure it as the department's own agency)
     * @param sideDoorCase    a federal request's reference number a few own-department searches carry as case number
     * @param immigration     how many searches with an immigration reason to plant
     * @param burst           how many searches by one in-state agency within 30 minutes to plant (0 for none)
     */
    public record Spec(Layout layout, int rows, Instant from, Instant to, long seed, String ownAgency,
                       String sideDoorCase, int immigration, int burst) {
    }

    /** What was planted, counted as the rows were written. */
    public record Manifest(long rows, Map<AgencyType, Long> byType, Map<AuditRule, Long> byRule, long flaggedRows,
                           List<String> immigrationReasons, String burstAgency) {
    }

    static final List<String> LOCAL = List.of("Los Angeles CA PD", "Santa Monica CA PD", "Inglewood CA PD",
            "Beverly Hills CA PD", "Los Angeles County CA SO", "Torrance CA PD");
    static final List<String> OUT_OF_STATE = List.of("Houston TX PD", "Phoenix AZ PD", "Clark County NV SO");
    static final List<String> FEDERAL = List.of("[Federal] Federal Bureau of Investigation (FBI)",
            "[Federal] US Postal Inspection Service", "[Federal] Drug Enforcement Administration (DEA)");
    static final String BURST_AGENCY = "Riverside County CA SO";
    static final List<String> ORDINARY = List.of("Stolen Vehicle", "Robbery, armed", "Burglary suspect vehicle",
            "Hit and run", "Missing person", "Vehículo robado", "Persona desaparecida", "Amber Alert", "Carjacking",
            "Police service call", "Assault with a deadly weapon", "Justice department fugitive", "Dice game shooting",
            "Notice of stolen plates", "Robo a mano armada", "Servicio de policía: choque y fuga",
            "Suspect said \"meet at the office\"", "Felony warrant");
    static final List<String> IMMIGRATION = List.of("immigration", "ICE+ERO", "ICE WARRANT", "HSI case support",
            "CBP request", "Border Patrol assist", "deportation order", "287(g) task force", "Inmigración - orden",
            "apoyo a la migra", "deportación");
    static final List<String> VAGUE = List.of("Investigation", "investigation", "Other - Not Applicable", "N/A");
    private static final List<String> FIRST = List.of("Maria", "James", "Ana", "Robert", "Luis", "Karen", "Thanh",
            "Sofia", "David", "Grace");
    private static final List<String> LAST = List.of("Garcia", "Nguyen", "Smith", "Hernandez", "Kim", "Lopez",
            "Johnson", "Rivera", "Chen", "Okafor");
    private static final DateTimeFormatter FLOCK_TIME =
            DateTimeFormatter.ofPattern("MM/dd/yyyy, hh:mm:ss a 'UTC'", Locale.US).withZone(ZoneOffset.UTC);

    private SyntheticAuditLog() {
    }

    public static String header(Layout layout) {
        return switch (layout) {
            case NETWORK -> "ID,Name,Org Name,Total Networks Searched,License Plate,Reason,Case #,Filters,Search Time,"
                    + "Search Type";
            case ORGANIZATION_14 -> "ID,Name,License Plate,Total Networks Searched,Total Devices Searched,Time Frame,"
                    + "Reason,Case #,Offense Type,Search Type,Filters,Moderation,Text Prompt,Search Time";
            case ORGANIZATION_13 -> "ID,Search Time,Name,License Plate,Reason,Case #,Total Networks Searched,"
                    + "Total Devices Searched,Time Frame,Offense Type,Filters,Search Type,Moderation";
        };
    }

    public static Manifest write(Spec spec, OutputStream out) {
        Random random = new Random(spec.seed());
        Counts counts = new Counts();
        long span = Duration.between(spec.from(), spec.to()).getSeconds();
        Instant burstStart = spec.from().plusSeconds(span / 3);
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            writer.write(header(spec.layout()));
            writer.write("\r\n");
            for (long i = 0; i < spec.rows(); i++) {
                // newest first, evenly spread with some jitter; bursts and planted rows at fixed places
                Instant at = spec.to().minusSeconds(Math.max(0, (long) ((i + random.nextDouble()) * span / spec.rows())));
                Row row = row(spec, random, i, at, burstStart);
                counts.add(row);
                writer.write(line(spec.layout(), row));
                writer.write("\r\n");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifest(counts.rows, counts.byType, counts.byRule, counts.flaggedRows, counts.immigration,
                spec.burst() > 0 && spec.layout() == Layout.NETWORK ? BURST_AGENCY : null);
    }

    private record Row(String agency, AgencyType type, String officer, String plate, String reason, String caseNumber,
                       Instant at, List<AuditRule> planted, int networks) {
    }

    private static Row row(Spec spec, Random random, long i, Instant at, Instant burstStart) {
        boolean network = spec.layout() == Layout.NETWORK;
        List<AuditRule> planted = new ArrayList<>();
        String agency = spec.ownAgency();
        AgencyType type = AgencyType.OWN_DEPARTMENT;
        long every = Math.max(1, spec.rows() / Math.max(1, spec.immigration()));
        boolean immigration = spec.immigration() > 0 && i % every == every / 2 && i / every < spec.immigration();
        boolean burst = network && i >= spec.rows() / 3 && i < spec.rows() / 3 + spec.burst();
        boolean sideDoor = spec.sideDoorCase() != null && !burst && i % 997 == 500;
        if (burst) {
            agency = BURST_AGENCY;
            type = AgencyType.LOCAL_IN_STATE;
            at = burstStart.plusSeconds((i - spec.rows() / 3) * 1800 / Math.max(1, spec.burst()));
            planted.add(AuditRule.SEARCH_BURST);
        } else if (network && !sideDoor) {
            int pick = random.nextInt(100);
            if (pick < 4) {
                agency = FEDERAL.get(random.nextInt(FEDERAL.size()));
                type = AgencyType.FEDERAL;
                planted.add(AuditRule.FEDERAL_AGENCY);
            } else if (pick < 10) {
                agency = OUT_OF_STATE.get(random.nextInt(OUT_OF_STATE.size()));
                type = AgencyType.OUT_OF_STATE;
                planted.add(AuditRule.OUT_OF_STATE_AGENCY);
            } else if (pick < 70) {
                agency = LOCAL.get(random.nextInt(LOCAL.size()));
                type = AgencyType.LOCAL_IN_STATE;
            }
        }
        String officer = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
        String plate = plate(random);
        String reason;
        if (immigration) {
            reason = IMMIGRATION.get((int) (i / every) % IMMIGRATION.size());
            planted.add(AuditRule.IMMIGRATION_REASON);
        } else if (random.nextInt(100) < 3) {
            reason = VAGUE.get(random.nextInt(VAGUE.size()));
            planted.add(AuditRule.VAGUE_REASON);
        } else if (random.nextInt(500) == 0) {
            reason = "Stolen vehicle " + plate + ", reported by " + officer; // must be cut from what is kept
        } else {
            reason = ORDINARY.get(random.nextInt(ORDINARY.size()));
        }
        String caseNumber = String.format(Locale.ROOT, "%02d-%06d", 20 + random.nextInt(7), random.nextInt(1_000_000));
        if (sideDoor) {
            caseNumber = spec.sideDoorCase();
            planted.add(AuditRule.POSSIBLE_SEARCH_FOR_FEDERAL_AGENCY);
        } else if (random.nextInt(100) < 8) {
            caseNumber = "";
            planted.add(AuditRule.NO_CASE_NUMBER);
        }
        return new Row(agency, type, officer, plate, reason, caseNumber, at, planted,
                type == AgencyType.FEDERAL ? 1000 + random.nextInt(1700) : 1 + random.nextInt(40));
    }

    private static String plate(Random random) {
        return "" + (1 + random.nextInt(9)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                + (char) ('A' + random.nextInt(26)) + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
    }

    private static String line(Layout layout, Row row) {
        String id = new UUID(row.at().toEpochMilli(), row.plate().hashCode() * 31L + row.reason().hashCode()).toString();
        String time = FLOCK_TIME.format(row.at());
        String scope = String.valueOf(row.networks());
        return switch (layout) {
            case NETWORK -> csv(id, row.officer(), row.agency(), scope, row.plate(), row.reason(), row.caseNumber(), "",
                    time, row.networks() > 999 ? "lookup" : "search");
            case ORGANIZATION_14 -> csv(id, row.officer(), row.plate(), scope, String.valueOf(row.networks() * 12),
                    "30 days", row.reason(), row.caseNumber(), "", "search", "", "", "", time);
            case ORGANIZATION_13 -> csv(id, time, row.officer(), row.plate(), row.reason(), row.caseNumber(), scope,
                    String.valueOf(row.networks() * 12), "7 days", "", "", "search", "");
        };
    }

    /** RFC 4180: quote what holds a comma, a quote or a line break, doubling the quotes. */
    static String csv(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values[i];
            if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }

    private static final class Counts {
        long rows;
        long flaggedRows;
        final Map<AgencyType, Long> byType = new EnumMap<>(AgencyType.class);
        final Map<AuditRule, Long> byRule = new EnumMap<>(AuditRule.class);
        final List<String> immigration = new ArrayList<>();

        void add(Row row) {
            rows++;
            byType.merge(row.type(), 1L, Long::sum);
            row.planted().forEach(rule -> byRule.merge(rule, 1L, Long::sum));
            if (!row.planted().isEmpty()) {
                flaggedRows++;
            }
            if (row.planted().contains(AuditRule.IMMIGRATION_REASON)) {
                immigration.add(row.reason());
            }
        }
    }
}
