package org.sanctuaryoversight.surveillance;

import java.io.InputStream;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sanctuaryoversight.surveillance.AuditLogLayout.Field;

/**
 * One audit log being read: its header decides the layout, then each row becomes a {@link SearchRecord}, or
 * an {@link AuditLogProblem} naming the line. Reading the same bytes twice gives the same records.
 */
final class AuditLogFile {

    private final CsvReader csv;
    private final AuditLogLayout layout;
    private final Map<Field, Integer> columns = new EnumMap<>(Field.class);
    private final int width;
    private final SearchTimes times;

    private AuditLogFile(CsvReader csv, AuditLogLayout layout, List<String> header) {
        this.csv = csv;
        this.layout = layout;
        this.width = header.size();
        Map<String, Integer> positions = positions(header);
        layout.headers().forEach((field, name) -> {
            Integer position = positions.get(AuditLogLayout.normalize(name));
            if (position != null) {
                columns.put(field, position);
            }
        });
        this.times = new SearchTimes(layout.timePattern(), layout.timeZone());
    }

    /** Reads the header and picks the first layout whose columns it has. */
    static AuditLogFile open(InputStream in, List<AuditLogLayout> layouts) {
        CsvReader csv = new CsvReader(in);
        List<String> header = csv.next();
        if (header == null) {
            throw new AuditLogProblem(0, "empty", "the file is empty");
        }
        long line = csv.recordLine();
        Map<String, Integer> positions = positions(header);
        if (positions.size() < header.size()) {
            throw new AuditLogProblem(line, "duplicateHeader", "two columns have the same name");
        }
        AuditLogLayout closest = null;
        List<String> closestMissing = null;
        for (AuditLogLayout layout : layouts) {
            List<String> missing = layout.requiredHeaders().stream()
                    .filter(name -> !positions.containsKey(AuditLogLayout.normalize(name))).toList();
            boolean excluded = layout.excluded().stream().anyMatch(positions::containsKey);
            if (missing.isEmpty() && !excluded) {
                return new AuditLogFile(csv, layout, header);
            }
            if (!excluded && (closestMissing == null || missing.size() < closestMissing.size())) {
                closest = layout;
                closestMissing = missing;
            }
        }
        String known = String.join("; ", layouts.stream().map(l -> l.name() + ": "
                + String.join(", ", l.requiredHeaders())).toList());
        throw new AuditLogProblem(line, "headers", "the columns are not those of a known audit log layout ("
                + known + ")", closest == null ? "" : closest.name(),
                closestMissing == null ? "" : String.join(", ", closestMissing), known);
    }

    private static Map<String, Integer> positions(List<String> header) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            positions.putIfAbsent(AuditLogLayout.normalize(header.get(i)), i);
        }
        return positions;
    }

    AuditLogLayout layout() {
        return layout;
    }

    /** The next search, or null at the end of the file. */
    SearchRecord next() {
        List<String> row = csv.next();
        if (row == null) {
            return null;
        }
        long line = csv.recordLine();
        if (row.size() != width) {
            if (csv.lastRecordUnterminated() && row.size() < width) {
                throw new AuditLogProblem(line, "truncated", "the file ends in the middle of this line; it seems cut off");
            }
            throw new AuditLogProblem(line, "fieldCount", "this line has " + row.size() + " values where the header has "
                    + width, String.valueOf(width), String.valueOf(row.size()));
        }
        String time = value(row, Field.SEARCHED_AT);
        if (time == null) {
            throw missing(line, Field.SEARCHED_AT);
        }
        Instant searchedAt = times.parse(time);
        if (searchedAt == null) {
            String shown = time.length() > 40 ? time.substring(0, 40) : time;
            throw new AuditLogProblem(line, "time", "\"" + shown + "\" in column " + header(Field.SEARCHED_AT)
                    + " is not a time", header(Field.SEARCHED_AT), shown);
        }
        if (searchedAt.isBefore(BurstIndex.EPOCH) || searchedAt.isAfter(BurstIndex.LAST)) {
            throw new AuditLogProblem(line, "timeRange", "the search time is not between 2000 and 2068");
        }
        String agency = value(row, Field.AGENCY);
        if (!layout.ownSearches() && agency == null) {
            throw missing(line, Field.AGENCY);
        }
        return new SearchRecord(line, value(row, Field.SEARCH_ID), value(row, Field.OFFICER), agency,
                value(row, Field.PLATE), value(row, Field.REASON), value(row, Field.CASE_NUMBER), searchedAt,
                networks(row, line), value(row, Field.SEARCH_TYPE));
    }

    private Integer networks(List<String> row, long line) {
        String text = value(row, Field.NETWORKS_SEARCHED);
        if (text == null || AuditLogLayout.isRedacted(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.replace(",", "").strip());
        } catch (NumberFormatException notANumber) {
            throw new AuditLogProblem(line, "number", "column " + header(Field.NETWORKS_SEARCHED) + " should hold digits only",
                    header(Field.NETWORKS_SEARCHED));
        }
    }

    private AuditLogProblem missing(long line, Field field) {
        return new AuditLogProblem(line, "missingValue", "column " + header(field) + " is empty", header(field));
    }

    private String header(Field field) {
        return layout.headers().get(field);
    }

    /** The field's value, stripped; null when the column is absent or the value blank. */
    private String value(List<String> row, Field field) {
        Integer column = columns.get(field);
        if (column == null) {
            return null;
        }
        String value = row.get(column).strip();
        return value.isEmpty() ? null : value;
    }
}
