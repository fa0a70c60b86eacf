package org.mediationdesk.cases;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.mediationdesk.process.Stage;

/**
 * Text the system writes into a case's history, kept as data: a message key ({@code history.<key>}) and
 * its arguments, each with its kind, so {@link EventNotes} says it in the reader's language
 * (a centre by its name, a person by their name, a code by its label, a date as the reader writes dates).
 */
record EventNote(String key, List<Arg> args) {

    enum Kind { TEXT, CENTRE, AGENCIES, USER, LABEL, STAGE, DATE, LIST, NOTE }

    /** One argument: {@code TEXT} as typed; the others are codes, logins or ISO dates. */
    record Arg(Kind kind, String value) {
    }

    static EventNote of(String key, Arg... args) {
        return new EventNote(key, List.of(args));
    }

    static Arg text(String value) {
        return new Arg(Kind.TEXT, value == null ? "" : value);
    }

    static Arg centre(String code) {
        return new Arg(Kind.CENTRE, code);
    }

    static Arg agencies(Collection<String> codes) {
        return new Arg(Kind.AGENCIES, String.join(",", codes));
    }

    static Arg user(String username) {
        return new Arg(Kind.USER, username);
    }

    /** A value shown by its {@code enum.<type>.<VALUE>} message. */
    static Arg label(String enumType, Enum<?> value) {
        return new Arg(Kind.LABEL, enumType + "." + value.name());
    }

    /** A task's stage by its {@code stage.<id>} name ({@code stage.acceptCase}). */
    static Arg stage(Stage stage) {
        return new Arg(Kind.STAGE, stage.id());
    }

    static Arg date(LocalDate date) {
        return new Arg(Kind.DATE, date.toString());
    }

    /** Several arguments said one after another with the reader's list separator (、 or a comma); blank ones left out. */
    static Arg list(List<Arg> items) {
        return new Arg(Kind.LIST, EventNotes.encode(items));
    }

    /** A part worded by its own message, inside this one. */
    static Arg note(EventNote part) {
        return new Arg(Kind.NOTE, EventNotes.encode(part));
    }
}
