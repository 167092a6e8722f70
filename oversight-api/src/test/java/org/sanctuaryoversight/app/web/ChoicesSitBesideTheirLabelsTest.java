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
 * Every checkbox and radio button of every page sits in a {@code .choice} with its label, so the box is on the line
 * of the words it answers. Outside one, the label (a block) went to the next line: on the triage form each radio sat
 * above its own label and right under the previous one, and a phone showed the withdrawal box alone above "I want to
 * withdraw my complaint".
 */
class ChoicesSitBesideTheirLabelsTest {

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
}
