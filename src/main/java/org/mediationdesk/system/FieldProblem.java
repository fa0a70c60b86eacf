package org.mediationdesk.system;

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
}
