package org.mediationdesk.routing;

import java.util.List;

/** One evaluation of the rules: its result fact, the rules that fired in order, and the rule set's version. */
public record Decision<R>(String kind, R result, List<String> firedRules, String ruleSetVersion) {
}
