package org.mediationdesk.casefile;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.util.MultiValueMap;

/**
 * A posted form as the JSON body the API would get, so the page's data goes through the API's own
 * form classes and checks. Blank fields are left out (as absent in JSON); {@code _csrf} is not data.
 */
final class FormData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NOT_DATA = Set.of("_csrf");

    private FormData() {
    }

    /** @param listFields fields that are lists in the API even when one value was posted */
    static JsonNode toJson(MultiValueMap<String, String> form, Set<String> listFields) {
        ObjectNode body = JSON.createObjectNode();
        form.forEach((field, values) -> {
            if (NOT_DATA.contains(field)) {
                return;
            }
            var given = values.stream().filter(value -> value != null && !value.isBlank()).map(String::trim).toList();
            if (listFields.contains(field)) {
                ArrayNode list = body.putArray(field);
                given.forEach(list::add);
            } else if (!given.isEmpty()) {
                body.put(field, given.get(0));
            }
        });
        return body;
    }
}
