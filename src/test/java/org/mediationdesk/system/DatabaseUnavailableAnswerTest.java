package org.mediationdesk.system;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DatabaseUnavailableAnswerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new LosingTheDatabase())
            .setControllerAdvice(new ApiExceptionHandler(messages(), "1MB")).build();

    @Test
    void aRollbackThatFailsOnALostConnectionAnswers503WithRetryAfterInsteadOfReachingTheContainer() throws Exception {
        mvc.perform(post("/rollback-lost").accept(MediaType.APPLICATION_JSON).header("Accept-Language", "zh-CN"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail", containsString("数据库暂时无法访问")));
    }

    @Test
    void noConnectionToBeHadAnswers503WithRetryAfter() throws Exception {
        mvc.perform(post("/no-connection")).andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"));
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    @RestController
    static class LosingTheDatabase {

        @PostMapping("/rollback-lost")
        void rollbackLost() {
            throw new TransactionSystemException("JDBC rollback failed");
        }

        @PostMapping("/no-connection")
        void noConnection() {
            throw new DataAccessResourceFailureException("Communications link failure");
        }
    }
}
