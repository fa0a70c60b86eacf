package org.mediationdesk.routing;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The application does not start on rules that do not compile, and says where the error is. */
class RulesConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(RulesConfiguration.class);

    @Test
    void brokenRuleFileStopsStartUpNamingFileAndLine() {
        context.withPropertyValues("mediationdesk.rules.location=classpath*:broken/rules/*.drl")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(started.getStartupFailure()).rootCause()
                            .isInstanceOf(RuleCompilationException.class)
                            .hasMessageContaining("rules/routing.drl:8");
                });
    }

    @Test
    void theRealRulesCompileAtStartUp() {
        context.run(started -> {
            assertThat(started).hasNotFailed();
            assertThat(started.getBean(CompiledRules.class).kieBase().getKiePackage("rules").getRules())
                    .extracting(rule -> rule.getName())
                    .contains("纠纷由发生地乡镇（街道）分中心调处");
        });
    }
}
