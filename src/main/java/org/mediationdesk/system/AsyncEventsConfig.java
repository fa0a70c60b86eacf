package org.mediationdesk.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Runs cross-module event listeners on Spring Boot's task executor after the publishing
 * transaction committed, so a request never waits for a second database connection while it
 * still holds its own.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncEventsConfig {
}
