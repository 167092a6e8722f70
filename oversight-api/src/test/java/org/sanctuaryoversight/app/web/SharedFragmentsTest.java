package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.department.Department;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The staff lists' shared pieces: the pager of a paged list, a filter over a closed vocabulary, by department, by yes. */
@OversightTest
class SharedFragmentsTest {

    record Pages(int pageCount, boolean hasPrevious, boolean hasNext) {
    }

    @Autowired
    TemplateEngine templates;

    @Test
    void the_pager_links_the_neighbouring_pages_and_says_where_the_reader_is() {
        String middle = render(Map.of("pages", new Pages(3, true, true), "page", 2));
        assertThat(middle).contains("<a href=\"/previous\" rel=\"prev\">Previous page</a>",
                "<span aria-current=\"page\">Page 2 of 3</span>", "<a href=\"/next\" rel=\"next\">Next page</a>",
                "aria-label=\"Pages\"");
        String first = render(Map.of("pages", new Pages(2, false, true), "page", 1));
        assertThat(first).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        assertThat(render(Map.of("pages", new Pages(1, false, false), "page", 1))).doesNotContain("<nav");
    }

    @Test
    void a_filter_offers_any_and_every_value_in_words_with_the_chosen_one_selected() {
        String chosen = FederalRequestResponse.values()[0].name();
        String page = render(Map.of("pages", new Pages(1, false, false), "page", 1, "chosen", chosen));
        assertThat(page).contains("<label for=\"filter-response\">Response</label>",
                "<select id=\"filter-response\" name=\"response\">", "<option value=\"\">Any</option>",
                "<option value=\"" + chosen + "\" selected=\"selected\">");
        for (FederalRequestResponse response : FederalRequestResponse.values()) {
            assertThat(page).contains("value=\"" + response.name() + "\"");
        }
    }

    @Test
    void a_department_filter_names_every_department_in_the_page_language_and_a_box_filters_by_yes() {
        Department police = new Department("police", Map.of("en", "Police Department", "es", "Departamento de Policía"));
        Department fire = new Department("fire", Map.of("en", "Fire Department", "es", "Departamento de Bomberos"));
        String page = render(Map.of("pages", new Pages(1, false, false), "page", 1, "departments", List.of(police, fire),
                "chosenDepartment", "fire", "flagged", true));
        assertThat(page).contains("<label for=\"filter-department\">Department</label>",
                "<select id=\"filter-department\" name=\"department\">", "<option value=\"\">Every department</option>",
                "<option value=\"police\">Departamento de Policía</option>",
                "<option value=\"fire\" selected=\"selected\">Departamento de Bomberos</option>",
                "<input id=\"filter-flagged\" name=\"flagged\" type=\"checkbox\" value=\"true\" checked=\"checked\">",
                "<label for=\"filter-flagged\">Only flagged requests</label>");
        String unticked = render(Map.of("pages", new Pages(1, false, false), "page", 1, "departments", List.of(police),
                "flagged", false));
        assertThat(unticked).doesNotContain("checked=").doesNotContain("selected=");
    }

    private String render(Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(variables);
        context.setVariable("previous", "/previous");
        context.setVariable("next", "/next");
        context.setVariable("responses", FederalRequestResponse.values());
        for (String absent : List.of("chosen", "chosenDepartment", "flagged")) {
            if (!variables.containsKey(absent)) {
                context.setVariable(absent, null);
            }
        }
        if (!variables.containsKey("departments")) {
            context.setVariable("departments", List.of());
        }
        return templates.process("test/fragments", context);
    }
}
