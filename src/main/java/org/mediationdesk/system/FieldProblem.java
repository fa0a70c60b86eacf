package org.mediationdesk.system;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;

/** One bad field of a request, with a message for the person who sent it. */
public record FieldProblem(String field, String message) {

    /** The field a JSON mapping error points at, e.g. {@code parties[0].role}; null for the whole body. */
    public static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The field a parser stands at, e.g. {@code parties[0].name}, in the same form. */
    public static String fieldOf(JsonStreamContext context) {
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject()) {
                path.insert(0, (at.getParent().inRoot() ? "" : ".") + at.getCurrentName());
            } else {
                path.insert(0, "[" + at.getCurrentIndex() + "]");
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
