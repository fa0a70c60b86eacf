package org.mediationdesk.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Compiles every DRL file under {@code mediationdesk.rules.location} (default: all of
 * {@code rules/} on the classpath) once at start-up; a compile error stops the start, naming file and line.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    CompiledRules compiledRules(
            @Value("${mediationdesk.rules.location:classpath*:rules/**/*.drl}") String location) {
        return new RuleCompiler().compile(readRuleFiles(location));
    }

    static Map<String, String> readRuleFiles(String pattern) {
        try {
            Map<String, String> sources = new LinkedHashMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String url = resource.getURL().toString();
                String path = url.substring(url.lastIndexOf("rules/"));
                sources.put(path, resource.getContentAsString(StandardCharsets.UTF_8));
            }
            if (sources.isEmpty()) {
                throw new IllegalStateException("No rule files found at " + pattern);
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
