package org.mediationdesk.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.mediationdesk.cases.CaseStatus;
import org.mediationdesk.privacy.PersonalDataCipher;
import org.mediationdesk.reference.ReferenceData;
import org.mediationdesk.system.FieldProblem;
import org.mediationdesk.system.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link CaseSearchForm} into a {@link CaseQuery} and a page, or refuses it with every bad
 * field named: unknown codes, dates that are not dates, a period that ends before it starts, an ID
 * number that cannot be one, text longer than {@value #MAX_TEXT} characters, more than
 * {@value #MAX_WORDS} words, pages out of range.
 */
@Component
class CaseQueryReader {

    static final String OPEN = "OPEN";
    static final int MAX_TEXT = 100;
    static final int MAX_WORDS = 10;
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Z]{1,18}");

    private final ReferenceData referenceData;
    private final MessageSource messages;
    private final PersonalDataCipher cipher;

    CaseQueryReader(ReferenceData referenceData, MessageSource messages, PersonalDataCipher cipher) {
        this.cipher = cipher;
        this.referenceData = referenceData;
        this.messages = messages;
    }

    Request read(CaseSearchForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        String number = text(form.getNumber(), "number", problems);
        String party = text(form.getParty(), "party", problems);
        String words = text(form.getWords(), "words", problems);
        String idNumber = idNumber(form.getIdNumber(), problems);
        String type = code(form.getType(), "type", c -> referenceData.disputeType(c).isPresent(), problems);
        String centre = code(form.getCentre(), "centre", c -> referenceData.centre(c).isPresent(), problems);
        String status = code(form.getStatus(), "status", CaseQueryReader::isStatus, problems);
        LocalDate from = date(form.getFrom(), "from", problems);
        LocalDate to = date(form.getTo(), "to", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(problem("to", "search.invalid.period"));
        }
        String mediator = text(form.getMediator(), "mediator", problems);
        int page = number(form.getPage(), "page", 1, Integer.MAX_VALUE, 1, problems);
        int size = number(form.getSize(), "size", 1, MAX_SIZE, DEFAULT_SIZE, problems);
        List<CaseQuery.Text> wordTexts = words(words, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        CaseQuery query = new CaseQuery(number == null ? null : CaseQuery.contains(number.toUpperCase(Locale.ROOT)),
                party == null ? null : CaseQuery.Text.of(party), cipher.idNumberLookup(idNumber), wordTexts, type, centre,
                status == null || OPEN.equals(status) ? null : CaseStatus.valueOf(status), OPEN.equals(status),
                CaseQuery.startOf(from), CaseQuery.startOf(to == null ? null : to.plusDays(1)), mediator);
        return new Request(query, page, size);
    }

    private List<CaseQuery.Text> words(String words, List<FieldProblem> problems) {
        if (words == null) {
            return List.of();
        }
        List<String> typed = List.of(WORD_BREAK.split(words));
        if (typed.size() > MAX_WORDS) {
            problems.add(problem("words", "search.invalid.words", MAX_WORDS));
            return List.of();
        }
        return typed.stream().filter(word -> !word.isEmpty()).map(CaseQuery.Text::of).filter(Objects::nonNull)
                .distinct().toList();
    }

    private String text(String value, String field, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text != null && text.length() > MAX_TEXT) {
            problems.add(problem(field, "search.invalid.tooLong", MAX_TEXT));
            return null;
        }
        return text;
    }

    private String idNumber(String value, List<FieldProblem> problems) {
        String number = blankToNull(value);
        if (number == null) {
            return null;
        }
        number = number.toUpperCase(Locale.ROOT);
        if (!ID_NUMBER.matcher(number).matches()) {
            problems.add(problem("idNumber", "search.invalid.idNumber"));
            return null;
        }
        return number;
    }

    private String code(String value, String field, Predicate<String> known, List<FieldProblem> problems) {
        String code = blankToNull(value);
        if (code != null && !known.test(code)) {
            problems.add(problem(field, "search.invalid.code", code));
            return null;
        }
        return code;
    }

    private static boolean isStatus(String value) {
        if (OPEN.equals(value)) {
            return true;
        }
        try {
            CaseStatus.valueOf(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private LocalDate date(String value, String field, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(problem(field, "search.invalid.date", text));
            return null;
        }
    }

    private int number(String value, String field, int min, int max, int fallback, List<FieldProblem> problems) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem(field, "search.invalid.range", min, max));
        return fallback;
    }

    private FieldProblem problem(String field, String key, Object... args) {
        return new FieldProblem(field, messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A checked query and the page of results asked for (the first is 1). */
    record Request(CaseQuery query, int page, int size) {

        int offset() {
            return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
        }
    }
}
