package org.mediationdesk.routing;

import org.mediationdesk.routing.compilation.RuleCompiler;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** For slice tests without the rule set versions: the real DRL files under {@code rules/} are the active rules. */
@TestConfiguration(proxyBeanMethods = false)
class RulesFromFiles {

    @Bean
    ActiveRules activeRules() {
        return new ActiveRules(new RuleCompiler().compile(RuleFiles.read(RuleFiles.DRL)));
    }
}
