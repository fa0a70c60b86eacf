package org.mediationdesk.system;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.mediationdesk.MediationDeskApplication;
import org.mediationdesk.cases.CaseQueries;
import org.mediationdesk.intake.CaseRegistrationService;
import org.mediationdesk.intake.RegisterCaseRequest;
import org.mediationdesk.security.AppUser;
import org.mediationdesk.support.Disputes;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The default H2 file database keeps registered disputes and their waiting tasks across a restart. */
@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*mysql.*",
        disabledReason = "the file database is the H2 default only")
class H2FileDatabaseIT {

    @TempDir
    Path dataDirectory;

    @Test
    void registeredDisputeIsStillThereAfterRestart() throws Exception {
        String caseNumber;
        try (var first = start()) {
            var request = new ObjectMapper().findAndRegisterModules()
                    .readValue(Disputes.fisheryDisputeInLinghu().toString(), RegisterCaseRequest.class);
            caseNumber = first.getBean(CaseRegistrationService.class).register(request, null, clerk(first)).caseNumber();
        }

        try (var second = start()) {
            var view = second.getBean(CaseQueries.class).find(caseNumber, clerk(second));
            assertThat(view.centre().code()).isEqualTo("NX-LINGHU-FISHERY");
            assertThat(second.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(caseNumber)
                    .taskDefinitionKey("acceptCase").count()).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(MediationDeskApplication.class)
                .run("--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("mediationdesk")
                                + ";MODE=MySQL;DB_CLOSE_ON_EXIT=FALSE",
                        "--server.port=0");
    }

    private static AppUser clerk(ConfigurableApplicationContext context) {
        return (AppUser) context.getBean(UserDetailsService.class)
                .loadUserByUsername("clerk");
    }
}
