package org.mediationdesk.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.security.PeopleNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Stores an {@link EventNote} as the JSON of {@code case_event.detail} and says it in a language: the
 * Chinese text is also kept as the event's note (the API's field, and what older events have only).
 */
@Component
class EventNotes {

    /** A typed argument is cut as the note is: case_event.detail holds 4,000 characters. */
    private static final int MAX_TEXT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MessageSource messages;
    private final ReferenceData referenceData;
    private final PeopleNames people;

    EventNotes(MessageSource messages, ReferenceData referenceData, PeopleNames people) {
        this.messages = messages;
        this.referenceData = referenceData;
        this.people = people;
    }

    static String encode(EventNote note) {
        ObjectNode json = JSON.createObjectNode().put("key", note.key());
        addArgs(json.putArray("args"), note.args());
        return json.toString();
    }

    static String encode(List<EventNote.Arg> args) {
        ArrayNode json = JSON.createArrayNode();
        addArgs(json, args);
        return json.toString();
    }

    private static void addArgs(ArrayNode json, List<EventNote.Arg> args) {
        args.forEach(arg -> json.addArray().add(arg.kind().name())
                .add(arg.kind() == EventNote.Kind.TEXT ? DecisionLog.cut(arg.value(), MAX_TEXT) : arg.value()));
    }

    /** @return the note, or empty for text that is not an encoded note (a note typed by a person) */
    Optional<EventNote> decode(String detail) {
        if (detail == null || !detail.startsWith("{\"key\":")) {
            return Optional.empty();
        }
        try {
            JsonNode json = JSON.readTree(detail);
            return Optional.of(new EventNote(json.get("key").asText(), args(json.path("args"))));
        } catch (JsonProcessingException | RuntimeException notANote) {
            return Optional.empty();
        }
    }

    private static List<EventNote.Arg> args(JsonNode json) {
        List<EventNote.Arg> args = new ArrayList<>();
        json.forEach(arg -> args.add(new EventNote.Arg(EventNote.Kind.valueOf(arg.get(0).asText()), arg.get(1).asText())));
        return args;
    }

    String render(EventNote note, Locale locale) {
        Object[] args = note.args().stream().map(arg -> say(arg, locale)).toArray();
        return messages.getMessage("history." + note.key(), args, locale);
    }

    /** An event's note for a reader: its detail in their language, else the note as it was stored. */
    String render(String detail, String storedNote, Locale locale) {
        return decode(detail).map(note -> render(note, locale)).orElse(storedNote);
    }

    private static List<EventNote.Arg> listItems(String json) {
        try {
            return args(JSON.readTree(json));
        } catch (JsonProcessingException notAList) {
            return List.of(new EventNote.Arg(EventNote.Kind.TEXT, json));
        }
    }

    private String say(EventNote.Arg arg, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return switch (arg.kind()) {
            case TEXT -> arg.value();
            case CENTRE -> referenceData.centre(arg.value()).map(c -> english ? c.nameEn() : c.nameZh()).orElse(arg.value());
            case AGENCIES -> Arrays.stream(arg.value().split(",")).filter(code -> !code.isBlank())
                    .map(code -> referenceData.agency(code).map(a -> english ? a.nameEn() : a.nameZh()).orElse(code))
                    .collect(Collectors.joining(english ? ", " : "、"));
            case USER -> people.of(arg.value());
            case LABEL -> messages.getMessage("enum." + arg.value(), null, arg.value(), locale);
            case STAGE -> messages.getMessage("stage." + arg.value(), null, arg.value(), locale);
            case DATE -> (english ? ENGLISH_DATE : JudicialConfirmation.CHINESE_DATE).format(LocalDate.parse(arg.value()));
            case LIST -> listItems(arg.value()).stream().map(item -> say(item, locale)).filter(item -> !item.isBlank())
                    .collect(Collectors.joining(english ? ", " : "、"));
            case NOTE -> decode(arg.value()).map(part -> render(part, locale)).orElse(arg.value());
        };
    }
}
