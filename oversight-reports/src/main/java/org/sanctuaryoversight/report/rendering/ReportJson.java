package org.sanctuaryoversight.report.rendering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.sanctuaryoversight.report.legacy.JsonV1;

/**
 * One JSON dialect for the bundle and the archive: sorted keys, ISO dates, {@code \n} line ends. The
 * ledger's records use {@link #ledgerMapper()}. It is the first bundle's dialect, unchanged, so it has one home:
 * the frozen {@link JsonV1}, which published bytes keep from changing.
 */
public final class ReportJson {

    private ReportJson() {
    }

    public static ObjectMapper mapper() {
        return JsonV1.mapper();
    }

    /**
     * The ledger's records: the same dialect, but instants and dates written as numbers. Every publication
     * reads the whole ledger, and parsing ISO text is most of that read (about three times slower than
     * numbers; see docs/benchmarks.md, bundle run). Records written in the ISO form still read.
     */
    public static ObjectMapper ledgerMapper() {
        return JsonV1.dialect().enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    /** Pretty printing with two spaces and {@code \n}, whatever the platform. */
    public static ObjectWriter prettyWriter() {
        return JsonV1.prettyWriter();
    }
}
