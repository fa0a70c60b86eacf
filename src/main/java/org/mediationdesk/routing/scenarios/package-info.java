/**
 * Rule scenarios for rule authors: tables under {@code rules/scenarios/*.csv}, one dispute per row
 * with the risk, centre, agencies and deadlines the rules should give it. {@link
 * org.mediationdesk.routing.scenarios.ScenarioReader} reads the tables and {@link
 * org.mediationdesk.routing.scenarios.ScenarioRunner} runs each row through the rules the way a
 * registered case is run, and says for each row whether it passed and, if not, why.
 */
@NamedInterface("scenarios")
package org.mediationdesk.routing.scenarios;

import org.springframework.modulith.NamedInterface;
