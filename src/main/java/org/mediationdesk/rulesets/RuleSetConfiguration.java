package org.mediationdesk.rulesets;

import org.mediationdesk.routing.ActiveRules;
import org.mediationdesk.routing.RuleFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * At start-up: the {@code rules/} folder packaged with the application seeds version 1 on an empty
 * database (a build whose {@code rules/} differs from every stored version adds a draft), and the
 * published version is compiled as this node's rules. A published version that does not compile
 * stops the start, naming file and line.
 */
@Configuration(proxyBeanMethods = false)
class RuleSetConfiguration {

    @Bean
    ActiveRules activeRules(RuleSetVersions versions, RuleSetCompiler compiler) {
        RuleSetVersion published = versions.seed(RuleFiles.read(RuleFiles.DRL, RuleFiles.SCENARIOS));
        return new ActiveRules(compiler.compile(published.id(), versions.files(published.id())));
    }
}
