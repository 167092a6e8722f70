package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Templates laid out for a phone (390 px), checked in their markup. Every checkbox and radio button of every page sits
 * in a {@code .choice} with its label, so the box is on the line of the words it answers. Outside one, the label (a block) went to the next line: on the triage form each radio sat
 * above its own label and right under the previous one, and a phone showed the withdrawal box alone above "I want to
 * withdraw my complaint".
 */
class TemplatesFitAPhoneTest {

    @Test
    void every_checkbox_and_radio_sits_in_a_choice_with_its_label() throws IOException {
        List<String> outside = new ArrayList<>();
        int boxes = 0;
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = template.getURL().getPath();
            String name = path.substring(path.lastIndexOf("/templates/") + "/templates/".length());
            for (Element box : Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8))
                    .select("input[type=checkbox], input[type=radio]")) {
                boxes++;
                Element parent = box.parent();
                String id = box.hasAttr("th:id") ? box.attr("th:id") : box.id();
                if (parent == null || !parent.hasClass("choice") || parent.select("label").isEmpty()) {
                    outside.add(name + ": " + id);
                }
            }
        }
        assertThat(boxes).as("checkboxes and radios found").isGreaterThan(10);
        assertThat(outside).as("boxes not in a .choice with their label").isEmpty();
    }

    /**
     * Every table scrolls inside its own named, focusable region ({@code .table-scroll}), so a phone scrolls the table
     * and never the page: the access log's seven columns, the accounts and tokens tables made the whole page wider
     * than the screen.
     */
    @Test
    void every_table_scrolls_in_its_own_region() throws IOException {
        List<String> outside = new ArrayList<>();
        int tables = 0;
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String path = template.getURL().getPath();
            String name = path.substring(path.lastIndexOf("/templates/") + "/templates/".length());
            for (Element table : Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8)).select("table")) {
                tables++;
                Element region = table.parent();
                if (region == null || !region.hasClass("table-scroll") || !"0".equals(region.attr("tabindex"))
                        || !region.hasAttr("aria-labelledby") && !region.hasAttr("th:aria-labelledby")
                        && !region.hasAttr("th:aria-label")) {
                    outside.add(name + ": " + table.select("caption").attr("th:text"));
                }
            }
        }
        assertThat(tables).as("tables found").isGreaterThan(10);
        assertThat(outside).as("tables that would widen the page on a phone").isEmpty();
    }

    /**
     * Every kind of text field a template uses is drawn by the stylesheet (full width, the page's font, a clear border):
     * the federal request form's date and time received ({@code datetime-local}) was left out and showed as a small
     * box in a smaller font under its label.
     */
    @Test
    void every_kind_of_field_a_template_uses_is_styled() throws IOException {
        String css = new PathMatchingResourcePatternResolver().getResource("classpath:static/css/site.css")
                .getContentAsString(StandardCharsets.UTF_8);
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            // type="email", and each quoted type in a th:type expression ('email', 'tel', 'text')
            java.util.regex.Matcher attribute = java.util.regex.Pattern.compile("\\b(th:)?type=\"([^\"]*)\"")
                    .matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (attribute.find()) {
                java.util.regex.Matcher type = java.util.regex.Pattern.compile(attribute.group(1) == null ? "^([a-z-]+)$"
                        : "'([a-z-]+)'").matcher(attribute.group(2));
                while (type.find()) {
                    types.add(type.group(1));
                }
            }
        }
        types.removeAll(java.util.Set.of("checkbox", "radio", "hidden", "submit", "file", "button"));
        assertThat(types).as("field types found").contains("text", "email", "datetime-local");
        assertThat(types).as("field types the stylesheet draws").allSatisfy(type ->
                assertThat(css).contains("input[type=" + type + "]"));
    }
}
