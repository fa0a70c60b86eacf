package org.mediationdesk.security;

import org.junit.jupiter.api.Test;
import org.mediationdesk.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** Pages run no inline script (Content-Security-Policy) and send no full address to other sites. */
@ApplicationTest
class SecurityHeadersIT {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesAllowScriptsOnlyFromTheirOwnFilesAndKeepTheirAddressToThemselves() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("script-src 'self' 'unsafe"))))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void camundasWebAppsKeepTheirOwnPolicy() throws Exception {
        mvc.perform(get("/camunda/app/welcome/default/"))
                .andExpect(header().string("Content-Security-Policy", not(containsString("form-action 'self'"))));
    }
}
