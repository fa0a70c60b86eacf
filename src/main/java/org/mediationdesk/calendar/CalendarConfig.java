package org.mediationdesk.calendar;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduler that reloads the calendar every {@code mediationdesk.calendar.refresh}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarConfig {
}
