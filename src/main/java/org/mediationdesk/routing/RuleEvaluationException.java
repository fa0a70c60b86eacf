package org.mediationdesk.routing;

/** The rules failed at run time (a rule threw, or none decided); the case must fall back to people. */
public class RuleEvaluationException extends RuntimeException {

    private final String decisionKind;

    public RuleEvaluationException(String decisionKind, String message, Throwable cause) {
        super(decisionKind + ": " + message, cause);
        this.decisionKind = decisionKind;
    }

    public String decisionKind() {
        return decisionKind;
    }
}
