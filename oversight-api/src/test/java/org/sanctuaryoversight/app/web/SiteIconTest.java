package org.sanctuaryoversight.app.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.sanctuaryoversight.app.support.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Every browser asks for {@code /favicon.ico} on its own; it is served from the site, never a 404 in the logs. */
@OversightTest
@AutoConfigureMockMvc
class SiteIconTest {

    @Autowired
    MockMvc mvc;

    @Test
    void the_site_icon_is_served_to_anyone() throws Exception {
        byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        // An ICO file starts with reserved 0, type 1 (icon), then its image count.
        org.assertj.core.api.Assertions.assertThat(icon).startsWith(new byte[] {0, 0, 1, 0, 2, 0});
    }
}
