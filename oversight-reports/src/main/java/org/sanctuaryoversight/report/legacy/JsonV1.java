package org.sanctuaryoversight.report.legacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * One JSON dialect for the bundle and the archive: sorted keys, ISO dates, {@code \n} line ends.
 *
 */
public final class JsonV1 {

    private JsonV1() {
    }

    public static ObjectMapper mapper() {
        return dialect().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    }

    /** The dialect itself, for the current bundle's mappers, which are this one (see {@code ReportJson}). */
    public static JsonMapper.Builder dialect() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .serializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** Pretty printing with two spaces and {@code \n}, whatever the platform. */
    public static ObjectWriter prettyWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        return mapper().writer(printer);
    }
}
