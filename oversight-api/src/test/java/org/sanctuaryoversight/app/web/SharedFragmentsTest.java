package org.sanctuaryoversight.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.sanctuaryoversight.federalrequest.FederalRequestResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The staff lists' shared pieces: the pager of a paged list and a filter over a closed vocabulary. */
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

    private String render(Map<String, Object> variables) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariables(variables);
        context.setVariable("previous", "/previous");
        context.setVariable("next", "/next");
        context.setVariable("responses", FederalRequestResponse.values());
        if (!variables.containsKey("chosen")) {
            context.setVariable("chosen", null);
        }
        return templates.process("test/fragments", context);
    }
}
