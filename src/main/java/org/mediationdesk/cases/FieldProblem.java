package org.mediationdesk.cases;

/** One bad field of a request, with a message for the person who sent it. */
public record FieldProblem(String field, String message) {
}
