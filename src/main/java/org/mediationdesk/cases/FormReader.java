package org.mediationdesk.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Reads a stage's JSON data into its form and validates it; every problem names its field. */
@Component
class FormReader {

    private final ObjectMapper objectMapper;
    private final Validator validator;
    private final MessageSource messages;

    FormReader(ObjectMapper objectMapper, Validator validator, MessageSource messages) {
        this.objectMapper = objectMapper;
        this.validator = validator;
        this.messages = messages;
    }

    <T> T read(JsonNode data, Class<T> formType) {
        return read(data, formType, form -> List.of());
    }

    /**
     * Reads and validates the form with its own {@code checks} beyond the field rules. The checks run even
     * when a field rule failed (so they must cope with missing fields), and every problem is reported at once;
     * a field the rules already refused gets no second problem.
     */
    <T> T read(JsonNode data, Class<T> formType, Function<T, List<FieldProblem>> checks) {
        T form;
        try {
            // No body, or a JSON null, is an empty form: its required fields are then reported as missing.
            boolean empty = data == null || data.isNull() || data.isMissingNode();
            form = objectMapper.treeToValue(empty ? objectMapper.createObjectNode() : data, formType);
        } catch (JsonMappingException e) {
            throw new InvalidRequestException(List.of(new FieldProblem(FieldProblem.fieldOf(e), message("request.field.wrongType"))));
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(new FieldProblem(null, message("request.malformed"))));
        }
        List<FieldProblem> problems = new ArrayList<>(validator.validate(form).stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        checks.apply(form).stream()
                .filter(check -> problems.stream().noneMatch(problem -> problem.field().equals(check.field())))
                .forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return form;
    }

    FieldProblem problem(String field, String code, Object... args) {
        return new FieldProblem(field, message(code, args));
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
