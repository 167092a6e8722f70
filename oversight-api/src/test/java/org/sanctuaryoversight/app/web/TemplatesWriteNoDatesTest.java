package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * JOURNEYS.md, staff pages: every date is written one way, by {@code @words} (the office's time zone, the reader's
 * language: "Dec 7, 2026, 10:00 AM", "7 dic 2026, 10:00"), and public pages by {@code @languages}. A template that
 * formats a date itself ({@code #temporals.format}, an ISO pattern such as {@code yyyy-MM-dd HH:mm}) brings back the
 * mix of formats and zones this ended: the access log said "2026-11-23 10:00:00" in UTC beside a case list saying
 * "Nov 23, 2026". A {@code <time datetime="…">} attribute may stay ISO: it is for machines and takes no pattern.
 */
class TemplatesWriteNoDatesTest {

    /** Formatting a date in a template, by a Thymeleaf utility or by a date pattern. */
    static final Pattern FORMATS_A_DATE = Pattern.compile(
            "#(temporals|dates|calendars)\\.format|yyyy|HH:mm|dd/MM|MM/dd");

    /** Templates allowed to format a date themselves, each with the reason (none needed so far). */
    static final Map<String, String> ALLOWED = Map.of();

    @Test
    void no_template_formats_a_date_itself() throws IOException {
        List<String> found = new ArrayList<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).as("templates found").hasSizeGreaterThan(20);
        for (Resource template : templates) {
            String path = template.getURL().getPath();
            String name = path.substring(path.lastIndexOf("/templates/") + "/templates/".length());
            if (ALLOWED.containsKey(name)) {
                continue;
            }
            String[] lines = template.getContentAsString(StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = FORMATS_A_DATE.matcher(lines[i]);
                if (matcher.find()) {
                    found.add(name + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(found).as("templates formatting a date themselves instead of @words (staff) or @languages (public)")
                .isEmpty();
    }
}
